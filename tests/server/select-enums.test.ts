import { expect, it } from 'vitest'

import { unconnectedPayload } from '../helpers/schema-only'

type RawColumn = { type: string; enumName?: string; options?: string[] }

/**
 * PostgreSQL makes each select field an enum type named after its table and field, and drafts add
 * `_status`, whose name drops the underscore: a select called `status` beside drafts took the
 * drafts' enum and refused its own values (payloadcms/payload#13144). The schema is built here
 * without a server, whatever adapter the suite runs on.
 */
it('on PostgreSQL, no two select fields share an enum type with different values', async () => {
  const payload = await unconnectedPayload('postgres://kmpp@127.0.0.1:9/schema-only')
  const rawTables = (payload.db as unknown as { rawTables: Record<string, { columns: Record<string, RawColumn> }> }).rawTables
  const valuesByEnum = new Map<string, Set<string>>()
  for (const table of Object.values(rawTables)) {
    for (const column of Object.values(table.columns)) {
      if (column.type !== 'enum' || !column.enumName) continue
      const values = valuesByEnum.get(column.enumName) ?? new Set()
      values.add([...(column.options ?? [])].sort().join(','))
      valuesByEnum.set(column.enumName, values)
    }
  }
  expect(valuesByEnum.size).toBeGreaterThan(0)
  const shared = [...valuesByEnum].filter(([, values]) => values.size > 1).map(([name, values]) => `${name}: ${[...values].join(' | ')}`)
  expect(shared).toEqual([])
})
