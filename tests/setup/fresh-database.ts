import { randomUUID } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import path from 'node:path'

/**
 * Every test file gets its own empty database: a new SQLite file, or, when DATABASE_URI names a
 * MongoDB server, a new database on it. Scheduled jobs run only where a test runs them.
 */
function freshDatabaseUri(configured: string | undefined): string {
  const name = `kmpp-test-${randomUUID()}`
  if (configured?.startsWith('mongodb')) {
    const url = new URL(configured)
    url.pathname = `/${name}`
    return url.toString()
  }
  const dir = path.resolve('tests/.tmp')
  mkdirSync(dir, { recursive: true })
  return `file:${path.join(dir, `${name}.db`)}`
}

process.env.DATABASE_URI = freshDatabaseUri(process.env.DATABASE_URI)
process.env.JOBS_AUTORUN = 'off'
process.env.PAYLOAD_SECRET ||= 'test-secret-not-for-production'
process.env.MEDIA_DIR ||= path.resolve('tests/.tmp/media')
