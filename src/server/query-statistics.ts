import type { Payload } from 'payload'

type SQLiteClient = { execute: (sql: string) => Promise<{ rows: Array<Record<string, unknown>> }> }

const REFRESH_EVERY_MS = 60 * 60 * 1000

/**
 * SQLite chooses among indexes by table statistics, and without them it chose badly: the
 * follow-ups of one programme and year were read through the index on _status, every published
 * assessment of every programme, instead of the one on the programme.
 *
 * PRAGMA optimize redoes statistics gone stale, but never gathers them for a table that was empty
 * when it was last analysed, which is every content table of a database created by the first
 * start. So tables without statistics are analysed first, and the refresh repeats hourly for data
 * that grows while the server runs.
 */
export async function refreshQueryStatistics(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const client = (payload.db as unknown as { client: SQLiteClient }).client
  const { rows } = await client.execute("select 1 from sqlite_master where name = 'sqlite_stat1'")
  if (!rows.length) {
    await client.execute('ANALYZE')
    return
  }
  const unanalysed = await client.execute(
    "select name from sqlite_master m where type = 'table' and name not like 'sqlite_%' and not exists (select 1 from sqlite_stat1 s where s.tbl = m.name)",
  )
  for (const { name } of unanalysed.rows) await client.execute(`ANALYZE "${String(name).replaceAll('"', '""')}"`)
  await client.execute('PRAGMA optimize=0x10002')
}

/** Refreshes the statistics now and then every hour, for as long as the process runs. */
export async function keepQueryStatistics(payload: Payload): Promise<void> {
  await refreshQueryStatistics(payload)
  const refresh = () => refreshQueryStatistics(payload).catch((error) => payload.logger.warn({ err: error }, 'Could not refresh the query statistics'))
  setInterval(refresh, REFRESH_EVERY_MS).unref()
}
