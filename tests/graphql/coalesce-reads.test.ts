import { describe, expect, it } from 'vitest'

import { coalesceReads } from '../../graphql/response-cache'

/** A read whose results the test hands out one by one, in the order the reads started. */
function controlledReads() {
  const pending: Array<(value: number) => void> = []
  let started = 0
  const read = () => {
    started++
    return new Promise<number>((resolve) => pending.push(resolve))
  }
  const finishNext = async (value: number) => {
    pending.shift()!(value)
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return { read, finishNext, started: () => started }
}

describe('coalesceReads', () => {
  it('gives callers that arrive during a read the next read, never the one already under way', async () => {
    const reads = controlledReads()
    const version = coalesceReads(reads.read)
    const first = version()
    // The content changes after the first read started; these callers arrive after the change.
    const second = version()
    const third = version()
    expect(reads.started()).toBe(1)
    await reads.finishNext(1)
    expect(await first).toBe(1)
    expect(reads.started()).toBe(2)
    await reads.finishNext(2)
    expect([await second, await third]).toEqual([2, 2])
  })

  it('starts a new read for a caller that arrives when none is under way', async () => {
    const reads = controlledReads()
    const version = coalesceReads(reads.read)
    const first = version()
    await reads.finishNext(1)
    const later = version()
    expect(reads.started()).toBe(2)
    await reads.finishNext(2)
    expect([await first, await later]).toEqual([1, 2])
  })

  it('passes a failed read on to its callers only, and the next callers read again', async () => {
    let calls = 0
    const version = coalesceReads(async () => {
      calls++
      if (calls === 1) throw new Error('database busy')
      return calls
    })
    const failing = version()
    const waiting = version()
    await expect(failing).rejects.toThrow('database busy')
    expect(await waiting).toBe(2)
  })
})
