/**
 * The database the benchmark runs on: `BENCH_DATABASE=sqlite` (the default), a file under
 * bench/tmp, or `BENCH_DATABASE=postgres`, two databases on the throw-away cluster of
 * scripts/test-postgres.sh, which `npm run bench` then runs inside.
 */
import { copyFileSync, existsSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

export type BenchDatabaseKind = 'sqlite' | 'postgres'

export type BenchDatabase = {
  /** How results.md names it: `SQLite` or `PostgreSQL 15.18`. */
  name: string
  /** Where the measured servers read: seeded scale by scale. */
  uri: string
  /** A copy of `uri` as it is now, which the reference server keeps for the whole run. */
  copyToReference: () => Promise<string>
  /** How many bytes the measured database takes on disk now. */
  size: () => Promise<number>
}

export function benchDatabaseKind(value = process.env.BENCH_DATABASE): BenchDatabaseKind {
  const kind = value?.trim() || 'sqlite'
  if (kind === 'sqlite' || kind === 'postgres') return kind
  throw new Error(`BENCH_DATABASE "${kind}" is not supported: use sqlite (the default) or postgres.`)
}

export async function benchDatabase(kind: BenchDatabaseKind, work: string): Promise<BenchDatabase> {
  return kind === 'postgres' ? postgresDatabase() : sqliteDatabase(work)
}

function sqliteDatabase(work: string): BenchDatabase {
  const database = path.join(work, 'bench.db')
  const reference = path.join(work, 'reference.db')
  return {
    name: 'SQLite',
    uri: `file:${database}`,
    // With the write-ahead log, which holds what SQLite has not yet checkpointed into the file; no
    // process has either open between seeding and the servers' start.
    copyToReference: async () => {
      for (const suffix of ['', '-wal']) {
        rmSync(`${reference}${suffix}`, { force: true })
        if (existsSync(`${database}${suffix}`)) copyFileSync(`${database}${suffix}`, `${reference}${suffix}`)
      }
      return `file:${reference}`
    },
    size: async () =>
      ['', '-wal'].reduce((sum, suffix) => sum + (statSync(`${database}${suffix}`, { throwIfNoEntry: false })?.size ?? 0), 0),
  }
}

/** The cluster scripts/test-postgres.sh started for this process. */
export function clusterUri(): string | undefined {
  const uri = process.env.TEST_DATABASE_URI?.trim()
  return uri?.startsWith('postgres') ? uri : undefined
}

async function postgresDatabase(): Promise<BenchDatabase> {
  const cluster = clusterUri()
  if (!cluster) throw new Error('BENCH_DATABASE=postgres runs inside scripts/test-postgres.sh, which npm run bench starts')
  const on = (database: string) => Object.assign(new URL(cluster), { pathname: `/${database}` }).toString()
  const { rows } = await onCluster(cluster, async (client) => {
    // The first seed migrates the empty database, as a production start does.
    await client.query('create database kmpp_bench')
    return client.query<{ version: string }>("select current_setting('server_version') as version")
  })
  return {
    name: `PostgreSQL ${rows[0].version.split(' ')[0]}`,
    uri: on('kmpp_bench'),
    copyToReference: async () => {
      await onCluster(cluster, (client) => client.query('create database kmpp_bench_reference template kmpp_bench'))
      return on('kmpp_bench_reference')
    },
    size: async () => {
      const { rows } = await onCluster(cluster, (client) =>
        client.query<{ bytes: string }>("select pg_database_size('kmpp_bench') as bytes"),
      )
      return Number(rows[0].bytes)
    },
  }
}

async function onCluster<T>(uri: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}
