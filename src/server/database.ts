import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { indexLocaleParents } from './parent-indexes'

export const DEFAULT_DATABASE_URI = 'file:./data/kmpp.db'

export type DatabaseChoice = { kind: 'sqlite'; url: string } | { kind: 'mongodb'; url: string }

/** Reads DATABASE_URI: `file:` is the embedded SQLite database, `mongodb://` or `mongodb+srv://` is MongoDB. */
export function chooseDatabase(uri: string | undefined): DatabaseChoice {
  const url = uri?.trim() || DEFAULT_DATABASE_URI
  if (url.startsWith('file:')) return { kind: 'sqlite', url }
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return { kind: 'mongodb', url }
  throw new Error(
    `DATABASE_URI "${redactCredentials(url)}" is not supported. Use file:<path> for the embedded SQLite ` +
      `database (default ${DEFAULT_DATABASE_URI}), or mongodb://... / mongodb+srv://... for MongoDB.`,
  )
}

function redactCredentials(url: string): string {
  return url.replace(/\/\/[^@/]+@/, '//***@')
}

/** How long a MongoDB connection may take before start-up fails instead of hanging. */
const MONGODB_SERVER_SELECTION_MS = 8_000

type Migrations = Parameters<typeof sqliteAdapter>[0]['prodMigrations']

export function databaseAdapter(uri: string | undefined, migrations?: Migrations): DatabaseAdapterObj {
  const choice = chooseDatabase(uri)
  if (choice.kind === 'mongodb') {
    return mongooseAdapter({
      url: choice.url,
      connectOptions: { serverSelectionTimeoutMS: MONGODB_SERVER_SELECTION_MS },
    })
  }
  ensureDirectoryOf(choice.url)
  return sqliteAdapter({
    client: { url: choice.url },
    idType: 'uuid',
    afterSchemaInit: [indexLocaleParents],
    wal: true,
    busyTimeout: 10_000,
    // Development pushes the schema; production applies the committed migrations on start.
    push: process.env.NODE_ENV !== 'production',
    migrationDir: 'src/migrations',
    prodMigrations: migrations,
  })
}

/** SQLite creates the file but not its folder: a fresh clone has no data/ yet. */
function ensureDirectoryOf(fileUrl: string): void {
  const file = fileUrl.slice('file:'.length).split('?')[0]
  if (file && file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}
