import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { countDatabaseCalls } from '../../bench/database-calls'
import { signalContentChange } from '../../collections/hooks/signal-content-change'
import { createReads } from '../../src/read/data-source'
import { InvalidArgument } from '../../src/read/errors'
import { seedProgramme } from '../../src/seed/seed'
import { testPayload } from '../helpers/payload'

let payload: Payload
let counter: ReturnType<typeof countDatabaseCalls> | undefined

beforeAll(async () => {
  payload = await testPayload()
  await seedProgramme(payload)
})
afterAll(() => counter?.restore())

const published = { locale: 'sv', draft: false } as const

describe('the data source of one request', () => {
  it('reads a follow-up report in six database calls, the content version and the years not public among them, and a second time from its cache', async () => {
    const reads = createReads(payload, null)(published)
    const programme = await reads.programme('kmpp-2017')
    if (!programme) throw new Error('The seeded programme is missing')
    await signalContentChange(payload)
    counter = countDatabaseCalls(payload)
    const report = await reads.report(programme, 2020)
    expect([...counter.log].sort()).toEqual([
      'find:focus-areas',
      'find:follow-up-rounds',
      'find:follow-ups',
      'find:indicators',
      'find:milestone-goals',
      'findGlobal:content-state',
    ])
    await reads.report(programme, 2020)
    expect(counter.total).toBe(6)
    counter.restore()
    counter = undefined
    expect(report?.goals).toHaveLength(25)
    expect(report?.goals.map((goal) => goal.milestoneGoal.code).slice(0, 3)).toEqual(['1.1', '1.2', '1.3'])
  })

  it('reads which years are not public again only after content changed', async () => {
    const report = async () => {
      const reads = createReads(payload, null)(published)
      const programme = await reads.programme('kmpp-2017')
      await reads.report(programme!, 2020)
    }
    await report()
    counter = countDatabaseCalls(payload)
    await report()
    expect(counter.log).toContain('findGlobal:content-state')
    expect(counter.log).not.toContain('find:follow-up-rounds')
    await signalContentChange(payload)
    counter.restore()
    counter = countDatabaseCalls(payload)
    await report()
    expect(counter.log).toContain('find:follow-up-rounds')
    counter.restore()
    counter = undefined
  })

  it('gives every document in the scope it was read in, and a report’s in the report’s year', async () => {
    const reads = createReads(payload, null)({ locale: 'en', draft: false })
    const [programme] = await reads.programmes()
    expect(programme.scope).toEqual({ locale: 'en', draft: false })
    const report = await reads.latestReport(programme)
    expect(report?.year).toBe(2020)
    const indicator = report?.goals.flatMap((goal) => goal.indicators)[0]
    expect(indicator?.scope).toEqual({ locale: 'en', draft: false, asOfYear: 2020 })
  })

  it('refuses a news page it cannot give with InvalidArgument', async () => {
    const reads = createReads(payload, null)(published)
    await expect(reads.newsPage({ first: 0 })).rejects.toBeInstanceOf(InvalidArgument)
    await expect(reads.newsPage({ after: 'not-a-cursor' })).rejects.toBeInstanceOf(InvalidArgument)
    await expect(reads.newsPage({ filter: { year: 1800 } })).rejects.toBeInstanceOf(InvalidArgument)
    expect((await reads.newsPage({ first: 1 })).edges).toHaveLength(1)
  })
})
