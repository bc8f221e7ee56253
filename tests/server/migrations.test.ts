import { expect, it } from 'vitest'

import { pendingMigrationStatements, unconnectedPayload } from '../helpers/schema-only'

const advice = 'the content model changed: run `npm run payload migrate:create <name>` with DATABASE_URI on this adapter, and commit it'

// Each adapter's schema is built without a database, so both checks run whatever the suite runs on.
it('the committed SQLite migrations (src/migrations) describe the current content model', async () => {
  const payload = await unconnectedPayload('file::memory:')
  expect(payload.db.name).toBe('sqlite')
  expect(await pendingMigrationStatements(payload), advice).toEqual([])
})
