import { defineConfig } from 'vitest/config'

import { resolve } from '../setup/resolve'

/** `npm run test:reliability`: bad input, leaks, load and crashes against the built app. */
export default defineConfig({
  test: {
    environment: 'node',
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/reliability/**/*.test.ts'],
    globalSetup: ['tests/setup/clean-databases.ts', 'tests/app/setup/build.ts', 'tests/reliability/report.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
  },
  resolve,
})
