import { expect, it } from 'vitest'

import { pendingMigrationStatements, unconnectedPayload } from '../helpers/schema-only'

// As tests/server/migrations.test.ts, for PostgreSQL: no server needed.
it('the committed PostgreSQL migrations (src/migrations-postgres) describe the current content model', async () => {
  const payload = await unconnectedPayload('postgres://kmpp@127.0.0.1:9/schema-only')
  expect(payload.db.name).toBe('postgres')
  expect(
    await pendingMigrationStatements(payload),
    'the content model changed: run `npm run payload migrate:create <name>` with DATABASE_URI=postgres://..., and commit it',
  ).toEqual([])
})
