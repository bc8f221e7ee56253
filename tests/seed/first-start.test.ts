import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { seedOnFirstStart } from '../../src/seed/on-init'
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
    await seedOnFirstStart(payload)
    expect(await programmes()).toBe(0)
  })

  it('seeds the programme and the accounts in development, once', async () => {
    setNodeEnv('development')
    await seedOnFirstStart(payload)
    expect(await programmes()).toBe(1)
    const accounts = await payload.count({ collection: 'users', overrideAccess: true })
    expect(accounts.totalDocs).toBe(3)
    const before = await payload.count({ collection: 'follow-ups', overrideAccess: true })
    await seedOnFirstStart(payload)
    expect((await payload.count({ collection: 'follow-ups', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })
})
