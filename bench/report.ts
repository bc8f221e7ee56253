import type { PublishingResult } from './publishing'

export type CaseResult = {
  name: string
  /** The median of the rounds. */
  requestsPerSecond: number
  /** Requests/s of each round, in the order the rounds ran. */
  rounds: number[]
  p50: number
  /** The p50 of each round, in the order the rounds ran. */
  p50Rounds: number[]
  p99: number
  failed: number
  databaseCalls: number
  /** Server CPU time per request, over requests made one at a time. */
  cpuMs: number
  bytes: number
}

export type ScaleResults = {
  scale: number
  /** Seeding the synthetic programmes up to this scale (from the scale before): its time and the database's size after. */
  seeding: { seconds: number; databaseBytes: number }
  cases: CaseResult[]
  /**
   * Case 1 on a server of its own that keeps the first scale's database, measured in the same rounds
   * as case 1 (at every scale but the first): what case 1's growth from the first scale is measured against.
   */
  reference?: CaseResult
  publishing: PublishingResult
  /** Of the servers that serve this API only. */
  peakRssBytes: number
  /** Of the server that serves case 2, Payload's REST API. */
  restPeakRssBytes: number
}

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–')
const fixedList = (values: number[]) => values.map((value) => fixed(value, 2)).join('/')
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
const met = (ok: boolean) => (ok ? 'met' : '**not met**')

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** The ratio of each round's `a` to its `b`, each of runs made moments apart. */
const roundRatios = (a: number[], b: number[]) => a.map((value, i) => value / b[i])

/** How many times `a` the requests/s of `b`: the median of the rounds' ratios. */
export function ratio(a: CaseResult, b: CaseResult): number {
  if (a.rounds.length !== b.rounds.length) return a.requestsPerSecond / b.requestsPerSecond
  return median(roundRatios(a.rounds, b.rounds))
}

/**
 * How many times the p50 of case 1 at this scale that of case 1 on the first scale's reference
 * server: the median of the rounds' ratios, since the machine's capacity drifts between scales,
 * which are measured minutes apart. NaN without a reference.
 */
export function p50Growth(scale: ScaleResults): { growth: number; rounds: number[] } {
  const cold = scale.cases[0]
  if (!scale.reference || scale.reference.p50Rounds.length !== cold.p50Rounds.length) return { growth: Number.NaN, rounds: [] }
  const rounds = roundRatios(
    cold.p50Rounds,
    scale.reference.p50Rounds.map((p50) => Math.max(p50, 1)),
  )
  return { growth: median(rounds), rounds }
}

/** The searches, each measured at every scale and, from the second on, on the first scale's reference server in the same rounds. */
export const NEWS_SEARCH_CASE = '5. news(first: 10) with search'
export const SEARCH_CASE = '8. search(first: 10)'
export const onReference = (name: string) => `${name}, on the first scale's reference`
/** A search at scale keeps at least this share of its throughput beside KMPP alone (the first scale's reference). */
const SEARCH_KEEPS = 2 / 3

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
    const { growth, rounds } = p50Growth(scale)
    const sizeGrowth = byCase(scale, 0).bytes / byCase(first, 0).bytes
    rows.push([
      `case 1 p50 growth, scale ${first.scale} to ${scale.scale} ≤ the report's (×${P50_NOISE} for noise)`,
      `${rounds.length ? `×${fixed(growth, 2)} (rounds ${fixedList(rounds)})` : 'no reference run'}, size ×${fixed(sizeGrowth, 2)}`,
      growth <= Math.max(sizeGrowth, 1) * P50_NOISE,
    ])
  }
  for (const scale of results.slice(1)) {
    for (const name of [NEWS_SEARCH_CASE, SEARCH_CASE]) {
      const atScale = scale.cases.find((c) => c.name === name)
      const alone = scale.cases.find((c) => c.name === onReference(name))
      if (!atScale || !alone) continue
      const kept = ratio(atScale, alone)
      rows.push([
        `scale ${scale.scale}: ${name.replace(/^\d+\. /, '')} keeps ≥ ⅔ of its throughput beside KMPP alone (reference)`,
        `${fixed(kept, 2)}× (${fixed(atScale.requestsPerSecond, 0)} / ${fixed(alone.requestsPerSecond, 0)} req/s)`,
        kept >= SEARCH_KEEPS,
      ])
    }
  }
  const largest = results.at(-1)!
  rows.push([
    `peak RSS of this API under 512 MB at scale ${largest.scale}`,
    mb(largest.peakRssBytes),
    largest.peakRssBytes < 512 * 1024 * 1024,
  ])
  for (const scale of results) {
    for (const national of scale.cases.filter((c) => c.name.startsWith('7.'))) {
      rows.push([
        `scale ${scale.scale}: case 7 (${national.name.split(', ')[1]}) without failures`,
        `${national.failed} failed`,
        national.failed === 0,
      ])
    }
    const p = scale.publishing
    rows.push([
      `scale ${scale.scale}: case 6 without failures or stale reads`,
      `${p.failed} failed, ${p.staleReads} stale`,
      p.failed === 0 && p.staleReads === 0,
    ])
  }
  return rows
}

/** A Markdown table row. */
const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`

function introduction(run: RunSettings): string {
  return [
    `\`npm run bench\` on ${run.database}: production build, autocannon with ${run.connections} connections for ${run.seconds} s per run,`,
    'from a second process on the same 2-core machine.',
    `Cases 1-4 run ${run.rounds} times in turn, after an unrecorded warm-up; req/s, p50 and p99 are the medians of those runs,`,
    'and a ratio is the median of the ratios of runs made one after the other.',
    "Case 2 runs on a server of its own, configured as case 1's.",
    "From the second scale on, case 1 also runs right after itself in every round on a reference server, configured as case 1's,",
    "that keeps a copy of the first scale's database for the whole run: case 1's p50 growth from the first scale is the median",
    'of the per-round ratios of those two runs, made moments apart (the scales themselves are measured minutes apart).',
    `Server CPU is measured over 20 requests made one at a time. Whole run: ${fixed(run.totalSeconds / 60)} min.`,
  ].join('\n')
}

const PUBLISH_VISIBLE = 'case 6: all readers see a publish after (median / max)'

type RunSettings = {
  /** The database and its version, as the first line names it: `SQLite`, `PostgreSQL 15.18`. */
  database: string
  seconds: number
  rounds: number
  connections: number
  totalSeconds: number
}

export function renderResults(results: ScaleResults[], run: RunSettings): string {
  const lines = [
    `# Benchmark results: ${run.database}`,
    '',
    introduction(run),
    '',
    row(['scale', 'case', 'req/s', 'p50 ms', 'p99 ms', 'server CPU ms/req', 'DB calls/req', 'bytes', '×case 2', '×case 4', 'failed']),
    row(['---:', '---', ...Array(9).fill('---:')]),
  ]
  for (const scale of results) {
    const [cold, rest, , ceiling, ...others] = scale.cases
    const measured = [cold, ...(scale.reference ? [scale.reference] : []), ...scale.cases.slice(1, 4), ...others]
    for (const c of measured) {
      const costs = [fixed(c.cpuMs), fixed(c.databaseCalls), c.bytes]
      const ratios = [fixed(ratio(c, rest), 2), fixed(ratio(c, ceiling), 2)]
      lines.push(row([scale.scale, c.name, fixed(c.requestsPerSecond, 0), c.p50, c.p99, ...costs, ...ratios, c.failed]))
    }
    const p = scale.publishing
    const name = `6. ${p.readers} readers while publishing (${p.writes} publishes)`
    const ratios = [fixed(p.readsPerSecond / rest.requestsPerSecond, 2), fixed(p.readsPerSecond / ceiling.requestsPerSecond, 2)]
    lines.push(row([scale.scale, name, fixed(p.readsPerSecond, 0), '', '', '', '', '', ...ratios, p.failed]))
  }
  lines.push(
    '',
    row(['scale', 'seed time', 'database', 'peak RSS, API', 'peak RSS, REST', 'case 6: stale', PUBLISH_VISIBLE]),
    row(Array(7).fill('---:')),
  )
  for (const scale of results) {
    const p = scale.publishing
    const visible = `${fixed(p.visibleAfterMs.median, 0)} ms / ${fixed(p.visibleAfterMs.max, 0)} ms`
    const seeding = [`${fixed(scale.seeding.seconds, 0)} s`, mb(scale.seeding.databaseBytes)]
    lines.push(row([scale.scale, ...seeding, mb(scale.peakRssBytes), mb(scale.restPeakRssBytes), p.staleReads, visible]))
  }
  lines.push('', '## Targets', '', row(['target', 'measured', '']), row(['---', '---', '---']))
  for (const [target, measured, ok] of targets(results)) lines.push(row([target, measured, met(ok)]))
  return `${lines.join('\n')}\n`
}
