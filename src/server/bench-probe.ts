import type { Payload } from 'payload'

import { countDatabaseCalls, type DatabaseCallCounter } from './database-calls'

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

const staticBodies = new Map<number, string>()

/** A JSON body of `bytes` bytes, made once: the ceiling a response of that size has on this stack. */
function staticBody(bytes: number): string {
  let body = staticBodies.get(bytes)
  if (!body) {
    body = JSON.stringify({ data: { padding: 'x'.repeat(Math.max(0, bytes - 23)) } })
    staticBodies.set(bytes, body)
  }
  return body
}

/** The probes at /bench/{stats,static}; they exist only when the server runs with BENCH=1. */
export async function benchProbe(request: Request): Promise<Response> {
  const url = new URL(request.url)
  if (!benchEnabled()) return new Response('Not found', { status: 404 })
  if (url.pathname === '/bench/stats') return Response.json(benchStats())
  if (url.pathname === '/bench/static') {
    const bytes = Math.min(Number(url.searchParams.get('bytes')) || 1024, 10_000_000)
    return new Response(staticBody(bytes), { headers: { 'content-type': 'application/json' } })
  }
  return new Response('Not found', { status: 404 })
}
