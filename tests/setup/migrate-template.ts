/**
 * Migrates the PostgreSQL test template (tests/helpers/test-database.ts) as production does: a
 * production start applies the committed migrations. Run with scripts/run-ts.mjs, which starts it
 * again when Payload's modules end the process while loading; `payload migrate` has no such guard
 * and ended with 0 having done nothing after the SQLite suites in CI.
 */
import { getPayload } from 'payload'

import { reportLoaded } from '../../src/server/loaded'

async function migrateTemplate(): Promise<void> {
  if (process.env.NODE_ENV !== 'production') throw new Error('Run with NODE_ENV=production: only a production start migrates.')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  reportLoaded()
  await payload.destroy()
}

migrateTemplate().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
