import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { prepareDevelopmentDatabase } from '../../src/seed/on-init'
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
    expect(accounts.totalDocs).toBe(3)
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
