import type { Payload } from 'payload'

import { countDatabaseCalls, type DatabaseCallCounter } from '../../bench/database-calls'

/**
 * With BENCH=1 the server counts its database calls for `npm run bench`. Kept on globalThis, since
 * Next may load this module once per route bundle.
 */
const probe = globalThis as typeof globalThis & { kmppBenchCounter?: DatabaseCallCounter }

export const benchEnabled = () => process.env.BENCH === '1'

export function startBenchProbe(payload: Payload): void {
  if (benchEnabled() && !probe.kmppBenchCounter) probe.kmppBenchCounter = countDatabaseCalls(payload)
}

export function benchStats() {
  const cpu = process.cpuUsage()
  return {
    databaseCalls: probe.kmppBenchCounter?.total ?? 0,
    cpuMicroseconds: cpu.user + cpu.system,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  }
}
