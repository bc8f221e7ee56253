import type { PublishingResult } from './publishing'

export type CaseResult = {
  name: string
  /** The median of the rounds. */
  requestsPerSecond: number
  /** Requests/s of each round, in the order the rounds ran. */
  rounds: number[]
  p50: number
  p99: number
  failed: number
  databaseCalls: number
  /** Server CPU time per request, over requests made one at a time. */
  cpuMs: number
  bytes: number
}

export type ScaleResults = {
  scale: number
  cases: CaseResult[]
  publishing: PublishingResult
  /** Of the servers that serve this API only. */
  peakRssBytes: number
  /** Of the server that serves case 2, Payload's REST API. */
  restPeakRssBytes: number
}

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–')
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
const met = (ok: boolean) => (ok ? 'met' : '**not met**')

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** How many times `a` the requests/s of `b`: the median of the rounds' ratios, each of runs made moments apart. */
export function ratio(a: CaseResult, b: CaseResult): number {
  if (a.rounds.length !== b.rounds.length) return a.requestsPerSecond / b.requestsPerSecond
  return median(a.rounds.map((value, i) => value / b.rounds[i]))
}

/** Tolerance for "grows no faster than the report": shared-machine noise on the p50 of a few ms. */
const P50_NOISE = 1.25

export function targets(results: ScaleResults[]): Array<[string, string, boolean]> {
  const rows: Array<[string, string, boolean]> = []
  const byCase = (scale: ScaleResults, index: number) => scale.cases[index]
  for (const scale of results) {
    const [cold, rest, warm, ceiling] = [0, 1, 2, 3].map((i) => byCase(scale, i))
    rows.push([`scale ${scale.scale}: case 1 ≥ 2× case 2`, `${fixed(ratio(cold, rest))}×`, ratio(cold, rest) >= 2])
    rows.push([`scale ${scale.scale}: case 3 ≥ 20× case 2`, `${fixed(ratio(warm, rest))}×`, ratio(warm, rest) >= 20])
    rows.push([`scale ${scale.scale}: case 3 ≥ ½ case 4`, `${fixed(ratio(warm, ceiling), 2)}×`, ratio(warm, ceiling) >= 0.5])
  }
  const calls = results.map((scale) => byCase(scale, 0).databaseCalls)
  rows.push([
    'database calls per followUp equal at every scale',
    calls.map((c) => fixed(c)).join(' / '),
    calls.every((c) => c === calls[0]),
  ])
  const first = results[0]
  for (const scale of results.slice(1)) {
    const p50Growth = byCase(scale, 0).p50 / Math.max(byCase(first, 0).p50, 1)
    const sizeGrowth = byCase(scale, 0).bytes / byCase(first, 0).bytes
    rows.push([
      `case 1 p50 from scale ${first.scale} to ${scale.scale} grows no faster than the report (×${P50_NOISE} for noise)`,
      `p50 ×${fixed(p50Growth, 2)}, size ×${fixed(sizeGrowth, 2)}`,
      p50Growth <= Math.max(sizeGrowth, 1) * P50_NOISE,
    ])
  }
  const largest = results.at(-1)!
  rows.push([
    `peak RSS of this API under 512 MB at scale ${largest.scale}`,
    mb(largest.peakRssBytes),
    largest.peakRssBytes < 512 * 1024 * 1024,
  ])
  for (const scale of results) {
    const p = scale.publishing
    rows.push([
      `scale ${scale.scale}: case 6 without failures or stale reads`,
      `${p.failed} failed, ${p.staleReads} stale`,
      p.failed === 0 && p.staleReads === 0,
    ])
  }
  return rows
}

export function renderResults(
  results: ScaleResults[],
  run: { seconds: number; rounds: number; connections: number; totalSeconds: number },
): string {
  const lines = [
    '# Benchmark results',
    '',
    `\`npm run bench\`: production build, SQLite, autocannon with ${run.connections} connections for ${run.seconds} s per run, from a second process on the same 2-core machine. Cases 1-4 run ${run.rounds} times in turn, after an unrecorded warm-up; req/s, p50 and p99 are the medians of those runs, and a ratio is the median of the ratios of runs made one after the other. Case 2 runs on a server of its own, configured as case 1's. Server CPU is measured over 20 requests made one at a time. Whole run: ${fixed(run.totalSeconds / 60)} min.`,
    '',
    '| scale | case | req/s | p50 ms | p99 ms | server CPU ms/req | DB calls/req | bytes | ×case 2 | ×case 4 | failed |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const scale of results) {
    const [, rest, , ceiling] = scale.cases
    for (const c of scale.cases) {
      lines.push(
        `| ${scale.scale} | ${c.name} | ${fixed(c.requestsPerSecond, 0)} | ${c.p50} | ${c.p99} | ${fixed(c.cpuMs)} | ${fixed(c.databaseCalls)} | ${c.bytes} | ${fixed(ratio(c, rest), 2)} | ${fixed(ratio(c, ceiling), 2)} | ${c.failed} |`,
      )
    }
    const p = scale.publishing
    lines.push(
      `| ${scale.scale} | 6. ${p.readers} readers while publishing (${p.writes} publishes) | ${fixed(p.readsPerSecond, 0)} | | | | | | ${fixed(p.readsPerSecond / rest.requestsPerSecond, 2)} | ${fixed(p.readsPerSecond / ceiling.requestsPerSecond, 2)} | ${p.failed} |`,
    )
  }
  lines.push(
    '',
    '| scale | peak RSS, this API | peak RSS, case 2 (REST) | case 6: stale reads | case 6: every reader sees a publish after (median / max) |',
    '| ---: | ---: | ---: | ---: | ---: |',
  )
  for (const scale of results) {
    const p = scale.publishing
    lines.push(
      `| ${scale.scale} | ${mb(scale.peakRssBytes)} | ${mb(scale.restPeakRssBytes)} | ${p.staleReads} | ${fixed(p.visibleAfterMs.median, 0)} ms / ${fixed(p.visibleAfterMs.max, 0)} ms |`,
    )
  }
  lines.push('', '## Targets', '', '| target | measured | |', '| --- | --- | --- |')
  for (const [target, measured, ok] of targets(results)) lines.push(`| ${target} | ${measured} | ${met(ok)} |`)
  return `${lines.join('\n')}\n`
}
