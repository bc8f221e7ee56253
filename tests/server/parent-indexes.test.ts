import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { sqliteClient } from '../../src/server/sqlite-client'
import { testPayload } from '../helpers/payload'
import { testDatabaseKind } from '../helpers/test-database'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

type Rows = Array<{ name: string }>

/** Every locale table, and those with an index whose first column is _parent_id, from the database's own catalogue. */
async function localeTables(): Promise<{ all: string[]; indexedByParent: string[] }> {
  const sqlite = sqliteClient(payload)
  const query = sqlite
    ? async (text: string) => (await sqlite.execute(text)).rows as Rows
    : async (text: string) =>
        (await (payload.db as unknown as { pool: { query: (text: string) => Promise<{ rows: Rows }> } }).pool.query(text)).rows
  const [all, indexedByParent] = await Promise.all(
    sqlite
      ? [
          query(String.raw`select name from sqlite_master where type = 'table' and name like '%\_locales' escape '\'`),
          query(`select distinct m.name from sqlite_master m, pragma_index_list(m.name) l, pragma_index_info(l.name) i
                 where m.type = 'table' and i.seqno = 0 and i.name = '_parent_id'`),
        ]
      : [
          query(String.raw`select tablename as name from pg_tables where schemaname = 'public' and tablename like '%\_locales'`),
          query(`select distinct t.relname as name from pg_index x join pg_class t on t.oid = x.indrelid
                 join pg_attribute a on a.attrelid = t.oid and a.attnum = x.indkey[0] where a.attname = '_parent_id'`),
        ],
  )
  const names = (rows: Rows) => rows.map(({ name }) => name).sort()
  return { all: names(all), indexedByParent: names(indexedByParent).filter((name) => name.endsWith('_locales')) }
}

// Payload reads a document's localised texts by _parent_id alone; its own index starts with _locale.
it.runIf(testDatabaseKind() !== 'mongodb')('every locale table has an index that starts with _parent_id', async () => {
  const { all, indexedByParent } = await localeTables()
  expect(all).toContain('indicators_locales')
  expect(indexedByParent).toEqual(all)
})
