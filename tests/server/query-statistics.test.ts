import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { refreshQueryStatistics } from '../../src/server/query-statistics'
import { sqliteClient } from '../../src/server/sqlite-client'
import { testPayload } from '../helpers/payload'
import { testDatabaseKind } from '../helpers/test-database'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const execute = (sql: string) => sqliteClient(payload)!.execute(sql)

/** The row count SQLite recorded with the table's statistics, or null without any. */
const recordedRows = async (table: string) => {
  const { rows } = await execute(`select stat from sqlite_stat1 where tbl = '${table}'`)
  return rows.length ? Math.max(...rows.map((row) => Number.parseInt(String(row.stat), 10))) : null
}

let organisations = 0
async function addOrganisations(count: number) {
  for (let i = 0; i < count; i++) {
    organisations++
    await payload.create({
      collection: 'organisations',
      data: { name: `Förvaltning ${organisations}`, slug: `forvaltning-${organisations}`, kind: 'administration' },
      overrideAccess: true,
    })
  }
}

// SQLite's own statistics table: nothing to check on another adapter.
describe.runIf(testDatabaseKind() === 'sqlite')('SQLite query statistics', () => {
  it('are gathered for a table filled after the first start, when it was empty and got none', async () => {
    expect(await recordedRows('organisations')).toBeNull()
    await addOrganisations(2)
    expect(await refreshQueryStatistics(payload)).toContain('organisations')
    expect(await recordedRows('organisations')).toBe(2)
  })

  it('are left alone while a table keeps its size, and gathered again once it has more than doubled', async () => {
    expect(await refreshQueryStatistics(payload)).not.toContain('organisations')
    await addOrganisations(1)
    expect(await refreshQueryStatistics(payload)).not.toContain('organisations')
    expect(await recordedRows('organisations')).toBe(2)
    await addOrganisations(3)
    expect(await refreshQueryStatistics(payload)).toContain('organisations')
    expect(await recordedRows('organisations')).toBe(6)
  })

  it('are gathered again for a table with an index added since, as a migration adds one', async () => {
    expect(await refreshQueryStatistics(payload)).not.toContain('organisations')
    await execute('create index organisations_kind_slug_idx on organisations (kind, slug)')
    expect(await refreshQueryStatistics(payload)).toContain('organisations')
    const { rows } = await execute("select 1 from sqlite_stat1 where idx = 'organisations_kind_slug_idx'")
    expect(rows).toHaveLength(1)
    expect(await refreshQueryStatistics(payload)).not.toContain('organisations')
  })
})
