import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { refreshQueryStatistics } from '../../src/server/query-statistics'
import { testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const execute = (sql: string) =>
  (payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: Array<Record<string, unknown>> }> } }).client.execute(sql)

const statisticsOf = async (table: string) => (await execute(`select idx from sqlite_stat1 where tbl = '${table}'`)).rows

describe.runIf(process.env.DATABASE_URI?.startsWith('file:'))('SQLite query statistics', () => {
  it('are gathered for a table filled after the first start, when it was empty and got none', async () => {
    expect(await statisticsOf('organisations')).toEqual([])
    for (const [name, slug] of [['Miljöförvaltningen', 'miljoforvaltningen'], ['Tekniska nämnden', 'tekniska-namnden']]) {
      await payload.create({ collection: 'organisations', data: { name, slug, kind: 'administration' }, overrideAccess: true })
    }
    await refreshQueryStatistics(payload)
    expect(await statisticsOf('organisations')).not.toEqual([])
  })
})
