import path from 'node:path'

import { freshDatabaseUri, testDatabaseKind } from '../helpers/test-database'

// Every test file gets its own database, on the adapter the suite runs on. Scheduled jobs run only where a test runs them.
process.env.DATABASE_URI = await freshDatabaseUri()
// A PostgreSQL test database is a copy of the migrated template: Payload is not to push its schema again.
if (testDatabaseKind() === 'postgres') process.env.PAYLOAD_MIGRATING = 'true'
process.env.JOBS_AUTORUN = 'off'
process.env.PAYLOAD_SECRET ||= 'test-secret-not-for-production'
process.env.MEDIA_DIR ||= path.resolve('tests/.tmp/media')
process.env.IMPORT_FILES_DIR ||= path.resolve('tests/.tmp/import-files')
