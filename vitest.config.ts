import { defineConfig } from 'vitest/config'

import { resolve } from './tests/setup/resolve'

export default defineConfig({
  test: {
    // Payload's JWT library needs Node's own globals, not jsdom's.
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    // The built app's tests have configs of their own (tests/app, tests/reliability).
    exclude: ['tests/app/**', 'tests/reliability/**', '**/node_modules/**'],
    globalSetup: ['tests/setup/clean-databases.ts'],
    setupFiles: ['tests/setup/fresh-database.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
  },
  resolve,
})
