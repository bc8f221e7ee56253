/**
 * The database the tests run on. TEST_DATABASE_URI names a PostgreSQL or MongoDB server, on which
 * every test file, and every app a test starts, gets a new database of its own; they are dropped
 * when the run ends (tests/setup/clean-databases.ts). Without it each gets a new SQLite file.
 *
 * On PostgreSQL, Payload's development schema push reads the whole schema back first, which took
 * 20 s and more per test file. So a run migrates one template database with the committed
 * migrations, as production does, and a test file's database is a copy of it.
 */
import { execFile } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

import { migrations as postgresMigrations } from '../../src/migrations-postgres'
import { chooseDatabase, type DatabaseKind } from '../../src/server/database'

const root = path.resolve(import.meta.dirname, '../..')
const PREFIX = 'kmpp_test_'

/** The adapter the suite runs on. */
export function testDatabaseKind(): DatabaseKind {
  const configured = process.env.TEST_DATABASE_URI?.trim()
  return configured ? chooseDatabase(configured).kind : 'sqlite'
}

/**
 * Once per run, before any test process starts: names the run, and on PostgreSQL migrates the
 * template. One run's databases share a name prefix, so that a run drops its own and not those of
 * a run beside it on the same server; the test processes inherit it.
 */
export async function prepareTestRun(): Promise<void> {
  process.env.TEST_DATABASE_RUN ||= randomUUID().slice(0, 8)
  if (testDatabaseKind() !== 'postgres') return
  await onPostgres((client) => client.query(`create database "${templateName()}"`))
  const env = { ...process.env, DATABASE_URI: onServer(templateName()), PAYLOAD_SECRET: 'test-template', JOBS_AUTORUN: 'off' }
  const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/run-ts.mjs', 'tests/setup/migrate-template.ts'], {
    cwd: root,
    env: { ...env, NODE_ENV: 'production' },
    timeout: 300_000,
  })
  if ((await templateMigrations()) === postgresMigrations.length) return
  const said = `${stdout}\n${stderr}`.trim().split('\n').slice(-20).join('\n')
  throw new Error(`The template database was not migrated; the migration said:\n${said}`)
}

async function templateMigrations(): Promise<number> {
  const client = new pg.Client({ connectionString: onServer(templateName()) })
  await client.connect()
  try {
    const { rows } = await client.query<{ count: string }>(
      "select count(*) from pg_tables where tablename = 'payload_migrations' and schemaname = 'public'",
    )
    if (rows[0].count === '0') return 0
    return (await client.query('select distinct name from payload_migrations where batch > 0')).rowCount ?? 0
  } finally {
    await client.end()
  }
}

const templateName = () => `${runPrefix()}template`

function runPrefix(): string {
  return `${PREFIX}${process.env.TEST_DATABASE_RUN ?? 'run'}_`
}

const onServer = (database: string) => databaseOnServer(process.env.TEST_DATABASE_URI!.trim(), database)

/**
 * The server's URI naming `database`. Edited as text: a MongoDB replica set's URI lists several
 * hosts (mongodb://a:27017,b:27017/), which URL refuses. MongoDB signs in against the URI's database
 * unless authSource says otherwise, so a URI with credentials keeps signing in where it did.
 */
export function databaseOnServer(uri: string, database: string): string {
  const match = /^([a-z][a-z+]*:\/\/[^/?]*)(?:\/([^?]*))?(?:\?(.*))?$/i.exec(uri)
  if (!match) throw new Error('TEST_DATABASE_URI is not a server URI such as postgres://host/ or mongodb://host1,host2/?replicaSet=rs0')
  const [, server, path = '', query = ''] = match
  const params = new URLSearchParams(query)
  if (server.startsWith('mongodb') && server.includes('@') && !params.has('authSource')) params.set('authSource', path || 'admin')
  const search = params.toString()
  return `${server}/${database}${search ? `?${search}` : ''}`
}

type FreshDatabase = { name?: string; folder?: string; empty?: boolean }

/**
 * A new database: a SQLite file (in `folder`, else tests/.tmp), or a database on the server. On
 * PostgreSQL it has the schema unless `empty`, as for an app whose production start migrates it.
 */
export async function freshDatabaseUri({
  name = 'test',
  folder = path.join(root, 'tests/.tmp'),
  empty,
}: FreshDatabase = {}): Promise<string> {
  const kind = testDatabaseKind()
  if (kind === 'sqlite') {
    mkdirSync(folder, { recursive: true })
    return `file:${path.join(folder, `${name}-${randomUUID()}.db`)}`
  }
  const database = `${runPrefix()}${randomUUID().replaceAll('-', '')}`
  if (kind === 'postgres') {
    const copy = empty ? '' : ` template "${templateName()}"`
    await onPostgres((client) => client.query(`create database "${database}"${copy}`))
  }
  // MongoDB creates a database on its first write.
  return onServer(database)
}

/** Drops the databases this run made on the server; nothing to do for SQLite files. */
export async function dropTestDatabases(): Promise<void> {
  const kind = testDatabaseKind()
  if (kind === 'postgres') {
    await onPostgres(async (client) => {
      const { rows } = await client.query<{ name: string }>('select datname as name from pg_database where starts_with(datname, $1)', [
        runPrefix(),
      ])
      for (const { name } of rows) await client.query(`drop database "${name}" with (force)`)
    })
  }
  if (kind === 'mongodb') {
    const { MongoClient } = await import('mongodb')
    const client = await MongoClient.connect(process.env.TEST_DATABASE_URI!.trim())
    try {
      const { databases } = await client.db().admin().listDatabases({ nameOnly: true })
      for (const { name } of databases) if (name.startsWith(runPrefix())) await client.db(name).dropDatabase()
    } finally {
      await client.close()
    }
  }
}

async function onPostgres<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URI!.trim() })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}
