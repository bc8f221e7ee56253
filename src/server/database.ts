import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { checkTransactions } from './mongodb-transactions'
import { indexLocaleParents, indexPostgresLocaleParents } from './parent-indexes'

export const DEFAULT_DATABASE_URI = 'file:./data/kmpp.db'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'
export type DatabaseChoice = { kind: DatabaseKind; url: string }

const SCHEMES: Array<[prefix: string, kind: DatabaseKind]> = [
  ['file:', 'sqlite'],
  ['postgres://', 'postgres'],
  ['postgresql://', 'postgres'],
  ['mongodb://', 'mongodb'],
  ['mongodb+srv://', 'mongodb'],
]

/**
 * Reads DATABASE_URI: `file:` is the embedded SQLite database, `postgres://` or `postgresql://` is
 * PostgreSQL, `mongodb://` or `mongodb+srv://` is MongoDB.
 */
export function chooseDatabase(uri: string | undefined): DatabaseChoice {
  const url = uri?.trim() || DEFAULT_DATABASE_URI
  const scheme = SCHEMES.find(([prefix]) => url.startsWith(prefix))
  if (scheme) return { kind: scheme[1], url }
  throw new Error(
    `DATABASE_URI "${redactCredentials(url)}" is not supported. Use file:<path> for the embedded SQLite ` +
      `database (default ${DEFAULT_DATABASE_URI}), postgres://... for PostgreSQL, or mongodb://... / mongodb+srv://... for MongoDB.`,
  )
}

function redactCredentials(url: string): string {
  return url.replace(/\/\/[^@/]+@/, '//***@')
}

/** How long connecting to a database server may take before start-up fails instead of hanging. */
const SERVER_CONNECT_MS = 8_000

/** The committed migrations of each adapter, applied on a production start. */
export type AdapterMigrations = {
  sqlite?: Parameters<typeof sqliteAdapter>[0]['prodMigrations']
  postgres?: Parameters<typeof postgresAdapter>[0]['prodMigrations']
  mongodb?: Parameters<typeof mongooseAdapter>[0]['prodMigrations']
}

// Development pushes the schema; production applies the committed migrations on start.
const pushesSchema = () => process.env.NODE_ENV !== 'production'

export function databaseAdapter(uri: string | undefined, migrations: AdapterMigrations = {}): DatabaseAdapterObj {
  const choice = chooseDatabase(uri)
  if (choice.kind === 'mongodb') {
    return mongooseAdapter({
      url: choice.url,
      connectOptions: { serverSelectionTimeoutMS: SERVER_CONNECT_MS },
      // Unique slugs, codes and (goal, year) pairs hold only once their indexes exist: built before serving.
      ensureIndexes: true,
      // Warns once when the server is not a replica set, so that writes are not in transactions.
      afterOpenConnection: checkTransactions,
      migrationDir: 'src/migrations-mongodb',
      prodMigrations: migrations.mongodb,
      // No `collation`: MongoDB uses an index for a string condition (a slug) only under the index's
      // own collation. Names are put in Swedish order by the read layer (src/shared/swedish-order.ts).
    })
  }
  if (choice.kind === 'postgres') {
    return postgresAdapter({
      pool: { connectionString: choice.url, connectionTimeoutMillis: SERVER_CONNECT_MS },
      idType: 'uuid',
      afterSchemaInit: [indexPostgresLocaleParents],
      push: pushesSchema(),
      migrationDir: 'src/migrations-postgres',
      prodMigrations: migrations.postgres,
    })
  }
  ensureDirectoryOf(choice.url)
  return sqliteAdapter({
    client: { url: choice.url },
    idType: 'uuid',
    afterSchemaInit: [indexLocaleParents],
    wal: true,
    busyTimeout: 10_000,
    push: pushesSchema(),
    migrationDir: 'src/migrations',
    prodMigrations: migrations.sqlite,
  })
}

/** SQLite creates the file but not its folder: a fresh clone has no data/ yet. */
function ensureDirectoryOf(fileUrl: string): void {
  const file = fileUrl.slice('file:'.length).split('?')[0]
  if (file && file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}
