import { defineConfig } from 'vitest/config'

import { resolve } from '../setup/resolve'

/** Tests against the built app served by `next start`, browser tests among them. */
export default defineConfig({
  test: {
    environment: 'node',
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/app/**/*.test.ts'],
    globalSetup: ['tests/setup/clean-databases.ts', 'tests/app/setup/build.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Each file starts its own server, and some a browser: one at a time on two cores.
    fileParallelism: false,
  },
  resolve,
})
