import type { Payload } from 'payload'

import { sqliteClient } from './sqlite-client'

const REFRESH_EVERY_MS = 60 * 60 * 1000
/** A table is analysed again once its row count has doubled or halved since it last was. */
const STALE_FACTOR = 2

/**
 * SQLite chooses among indexes by table statistics, and without them, or with ones gathered on far
 * less data, it chose badly: one programme's follow-ups of a year through the index on _status or
 * on the year, 40 indicators by scanning the table in creation order.
 *
 * PRAGMA optimize cannot be relied on for this: the SQLite inside libsql analyses only tables its
 * own connection has queried, and never one that was empty when last analysed, which is every
 * content table of a database created by the first start. So the row counts recorded with the
 * statistics are compared with the tables' own here, at start and then hourly; a table with an
 * index that has no statistics yet (one a migration added) is analysed too.
 */
export async function refreshQueryStatistics(payload: Payload): Promise<string[]> {
  const client = sqliteClient(payload)
  if (!client) return []
  const recorded = new Map<string, number>()
  const indexesWithStatistics = new Set<string>()
  const { rows: hasStatistics } = await client.execute("select 1 from sqlite_master where name = 'sqlite_stat1'")
  if (hasStatistics.length) {
    const { rows } = await client.execute('select tbl, idx, stat from sqlite_stat1')
    for (const { tbl, idx, stat } of rows) {
      recorded.set(String(tbl), Math.max(recorded.get(String(tbl)) ?? 0, Number.parseInt(String(stat), 10)))
      indexesWithStatistics.add(String(idx))
    }
  }
  const { rows: indexes } = await client.execute("select name, tbl_name from sqlite_master where type = 'index'")
  const withNewIndexes = new Set(
    indexes.filter(({ name }) => !indexesWithStatistics.has(String(name))).map(({ tbl_name }) => String(tbl_name)),
  )
  const { rows: tables } = await client.execute("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
  const analysed: string[] = []
  for (const { name } of tables) {
    const table = `"${String(name).replaceAll('"', '""')}"`
    const { rows } = await client.execute(`select count(*) as count from ${table}`)
    const count = Number(rows[0]?.count ?? 0)
    const before = recorded.get(String(name))
    const current = before && count <= before * STALE_FACTOR && count >= before / STALE_FACTOR && !withNewIndexes.has(String(name))
    if (count === 0 || current) continue
    await client.execute(`ANALYZE ${table}`)
    analysed.push(String(name))
  }
  return analysed
}

/** Refreshes the statistics now and then every hour, for as long as the process runs. */
export async function keepQueryStatistics(payload: Payload): Promise<void> {
  await refreshQueryStatistics(payload)
  const refresh = () =>
    refreshQueryStatistics(payload).catch((error) => payload.logger.warn({ err: error }, 'Could not refresh the query statistics'))
  setInterval(refresh, REFRESH_EVERY_MS).unref()
}
