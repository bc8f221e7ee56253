import type { Payload } from 'payload'

type SQLiteClient = { execute: (sql: string) => Promise<{ rows: unknown[] }> }

/**
 * SQLite chooses among indexes by table statistics, and without them it chose badly: the
 * follow-ups of one programme and year were read through the index on _status, every published
 * assessment of every programme, instead of the one on the programme. At start, a database without
 * statistics is analysed and one with them gets PRAGMA optimize, which redoes those gone stale.
 */
export async function refreshQueryStatistics(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const client = (payload.db as unknown as { client: SQLiteClient }).client
  const { rows } = await client.execute("select 1 from sqlite_master where name = 'sqlite_stat1'")
  await client.execute(rows.length ? 'PRAGMA optimize=0x10002' : 'ANALYZE')
}
