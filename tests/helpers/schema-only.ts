/**
 * Payload on the adapter that `uri` names, its database schema built but never connected: what
 * each adapter would create can be checked on any machine, with or without a database server.
 * Import nothing here that loads the configuration: it reads DATABASE_URI when it loads.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'

export async function unconnectedPayload(uri: string): Promise<Payload> {
  process.env.DATABASE_URI = uri
  const { default: config } = await import('@payload-config')
  return getPayload({ config, disableDBConnect: true, disableOnInit: true, key: `unconnected-${uri}` } as never)
}

type MigratingAdapter = { migrationDir: string; createMigration: (args: object) => Promise<void> }

/**
 * The SQL statements a new migration would hold: none when the committed migrations describe the
 * content model. The migration is written to a copy of the migrations folder.
 */
export async function pendingMigrationStatements(payload: Payload): Promise<string[]> {
  const db = payload.db as unknown as MigratingAdapter
  const committed = db.migrationDir
  const dir = mkdtempSync(path.join(tmpdir(), 'kmpp-migrations-'))
  cpSync(committed, dir, { recursive: true })
  const before = readdirSync(dir)
  db.migrationDir = dir
  try {
    await db.createMigration({ migrationName: 'unexpected_changes', payload, skipEmpty: true, forceAcceptWarning: true })
  } finally {
    db.migrationDir = committed
  }
  // With no difference the adapter still writes a migration, but one without SQL statements.
  const added = readdirSync(dir).filter((file) => !before.includes(file) && file.endsWith('.ts'))
  return added.flatMap((file) => readFileSync(path.join(dir, file), 'utf8').match(/sql`[^`]*`/g) ?? [])
}
