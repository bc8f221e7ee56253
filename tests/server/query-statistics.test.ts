import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { refreshQueryStatistics } from '../../src/server/query-statistics'
import { testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const statistics = async () => {
  const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: Array<Record<string, unknown>> }> } }).client
  const { rows } = await client.execute("select name from sqlite_master where name = 'sqlite_stat1'")
  return rows
}

describe('SQLite query statistics', () => {
  it.runIf(process.env.DATABASE_URI?.startsWith('file:'))('are gathered when the server starts, and refreshed without error at later starts', async () => {
    expect(await statistics()).not.toEqual([])
    await refreshQueryStatistics(payload)
    expect(await statistics()).not.toEqual([])
  })
})
