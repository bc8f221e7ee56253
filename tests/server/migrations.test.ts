import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

describe('the committed SQLite migrations', () => {
  // MongoDB needs no schema migrations; against it this check has nothing to compare.
  it.runIf(process.env.DATABASE_URI?.startsWith('file:'))('describe the current content model', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kmpp-migrations-'))
    cpSync(path.resolve('src/migrations'), dir, { recursive: true })
    const before = readdirSync(dir).sort()
    const db = payload.db as unknown as { migrationDir: string; createMigration: (args: object) => Promise<void> }
    const committed = db.migrationDir
    db.migrationDir = dir
    try {
      await db.createMigration({ migrationName: 'unexpected_changes', payload, skipEmpty: true, forceAcceptWarning: true })
    } finally {
      db.migrationDir = committed
    }
    // With no difference the adapter still writes a migration, but one without SQL statements.
    const [added] = readdirSync(dir).filter((file) => !before.includes(file) && file.endsWith('.ts'))
    const statements = readFileSync(path.join(dir, added), 'utf8').match(/sql`[^`]*`/g) ?? []
    expect(statements, 'the content model changed: run `npm run payload migrate:create <name>` and commit the migration').toEqual([])
  })
})
