import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { prepareDevelopmentDatabase } from '../../src/seed/on-init'
import { SEED_ACCOUNTS } from '../../src/seed/users'
import { testPayload } from '../helpers/payload'

let payload: Payload
const nodeEnv = process.env.NODE_ENV

beforeAll(async () => {
  payload = await testPayload()
})
afterEach(() => {
  ;(process.env as Record<string, string | undefined>).NODE_ENV = nodeEnv
})

const setNodeEnv = (value: string) => {
  ;(process.env as Record<string, string | undefined>).NODE_ENV = value
}
const programmes = async () => (await payload.count({ collection: 'programmes', overrideAccess: true })).totalDocs

describe('`npm run dev` on an empty database', () => {
  it('does nothing outside development', async () => {
    setNodeEnv('production')
    await prepareDevelopmentDatabase(payload)
    expect(await programmes()).toBe(0)
  })

  it('seeds the programme and the accounts in development, once', async () => {
    setNodeEnv('development')
    await prepareDevelopmentDatabase(payload)
    expect(await programmes()).toBe(1)
    const accounts = await payload.count({ collection: 'users', overrideAccess: true })
    expect(accounts.totalDocs).toBe(SEED_ACCOUNTS.length)
    const before = await payload.count({ collection: 'follow-ups', overrideAccess: true })
    await prepareDevelopmentDatabase(payload)
    expect((await payload.count({ collection: 'follow-ups', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })
})

describe('`npm run dev` on a database from before the series read model', () => {
  it('fills the series of indicators that have none, from their measurements', async () => {
    setNodeEnv('development')
    const indicator = await payload.create({
      collection: 'indicators',
      data: {
        name: 'Gammal indikator',
        unit: 'st',
        direction: 'increase',
        measurements: [
          { year: 2021, value: 2 },
          { year: 2020, value: 1 },
        ],
      },
      overrideAccess: true,
    })
    await payload.db.updateOne({ collection: 'indicators', id: indicator.id, data: { series: null } })
    await prepareDevelopmentDatabase(payload)
    const { series } = await payload.findByID({ collection: 'indicators', id: indicator.id, overrideAccess: true })
    expect(series?.map(({ year, value }) => [year, value])).toEqual([
      [2020, 1],
      [2021, 2],
    ])
  })
})

describe('`npm run dev` on a database with the programme', () => {
  /** The documents and versions the adapter reads and writes, counted while `work` runs. */
  async function counted(work: () => Promise<void>) {
    const db = payload.db
    const spies = {
      read: [vi.spyOn(db, 'find'), vi.spyOn(db, 'findVersions')],
      written: [vi.spyOn(db, 'updateOne'), vi.spyOn(db, 'updateVersion')],
    }
    try {
      await work()
      const docsOf = async (spy: (typeof spies.read)[number]) =>
        (await Promise.all(spy.mock.results.map(({ value }) => value as Promise<{ docs: unknown[] }>))).reduce(
          (n, { docs }) => n + docs.length,
          0,
        )
      const read = (await Promise.all(spies.read.map(docsOf))).reduce((a, b) => a + b, 0)
      return { read, written: spies.written.reduce((n, spy) => n + spy.mock.calls.length, 0) }
    } finally {
      for (const spy of [...spies.read, ...spies.written]) spy.mockRestore()
    }
  }

  it('reads and writes only the documents whose derived values are missing', async () => {
    setNodeEnv('development')
    await prepareDevelopmentDatabase(payload)
    expect(await counted(() => prepareDevelopmentDatabase(payload))).toEqual({ read: 0, written: 0 })
    const { docs } = await payload.find({ collection: 'indicators', limit: 1, depth: 0, overrideAccess: true })
    await payload.db.updateOne({ collection: 'indicators', id: docs[0].id, data: { series: null } })
    expect(await counted(() => prepareDevelopmentDatabase(payload))).toEqual({ read: 1, written: 1 })
    expect((await payload.findByID({ collection: 'indicators', id: docs[0].id, depth: 0, overrideAccess: true })).series).toEqual(
      docs[0].series,
    )
  })
})
