/**
 * The probes `npm run bench` reads from the server it measures, served at /bench/{probe} by
 * src/app/bench/[probe]/route.bench.ts, a route only in the benchmark's build (BENCH=1, see
 * next.config.mjs): `stats` (database calls, CPU time and peak RSS of the server process) and
 * `static?bytes=N` (a ready JSON body of N bytes: the ceiling a response of that size has on this stack).
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { countDatabaseCalls, type DatabaseCallCounter } from './database-calls'

// Installed on the server's own Payload instance when the benchmark first asks for stats, before it measures.
let counter: Promise<DatabaseCallCounter> | undefined

async function stats() {
  counter ??= getPayload({ config }).then(countDatabaseCalls)
  const databaseCalls = (await counter).total
  const cpu = process.cpuUsage()
  return { databaseCalls, cpuMicroseconds: cpu.user + cpu.system, peakRssBytes: process.resourceUsage().maxRSS * 1024 }
}

const staticBodies = new Map<number, string>()

/** A JSON body of `bytes` bytes, made once. */
function staticBody(bytes: number): string {
  let body = staticBodies.get(bytes)
  if (!body) {
    body = JSON.stringify({ data: { padding: 'x'.repeat(Math.max(0, bytes - 23)) } })
    staticBodies.set(bytes, body)
  }
  return body
}

export async function answerProbe(probe: string, url: URL): Promise<Response> {
  if (probe === 'stats') return Response.json(await stats())
  if (probe === 'static') {
    const bytes = Math.min(Number(url.searchParams.get('bytes')) || 1024, 10_000_000)
    return new Response(staticBody(bytes), { headers: { 'content-type': 'application/json' } })
  }
  return new Response('Not found', { status: 404 })
}
