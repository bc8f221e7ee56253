/**
 * `npm run bench`: builds the app with its probes (bench/probes.ts) into .next-bench, starts it in
 * production mode on a fresh database (SQLite, or PostgreSQL with BENCH_DATABASE=postgres: see
 * bench/database.ts), seeds scales 1, 10, 100 and 290 (every Swedish municipality), and measures it over HTTP from this process,
 * beside a reference server that keeps a copy of the first scale's database. Writes
 * bench/results.md, or bench/results-postgres.md.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import autocannon from 'autocannon'

import { type BenchDatabase, benchDatabase, benchDatabaseKind, clusterUri } from './database'
import { measureConcurrentPublishing } from './publishing'
import { type CaseResult, median, NEWS_SEARCH_CASE, onReference, renderResults, type ScaleResults, SEARCH_CASE } from './report'
import { syntheticProgrammeSlug } from './synthetic/data'

const root = path.resolve(import.meta.dirname, '..')
const work = path.join(root, 'bench', 'tmp')
const SCALES = (process.env.BENCH_SCALES ?? '1,10,100,290').split(',').map(Number)
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 6)
/** Cases 1-4 run this many times in turn, so that each ratio compares runs made moments apart. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)
/** Each case first runs this long unrecorded, so that the rounds measure code V8 has optimised. */
const WARM_UP_S = 2
const CONNECTIONS = 10
/** The first of the four ports the servers listen on, so that two runs (SQLite and PostgreSQL) can share a machine. */
const PORT = Number(process.env.BENCH_PORT ?? 3301)
/** Case 7's readers, each reading the report of a programme drawn at random for every request. */
const NATIONAL_READERS = 50
const YEAR = 2020
const PASSWORD = 'bench-password-123'

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  MEDIA_DIR: path.join(work, 'media'),
  PAYLOAD_SECRET: 'bench-secret-not-for-production',
  SEED_PASSWORD: PASSWORD,
  // The production build plus the /bench/* probes, beside a developer's own build.
  BENCH: '1',
  NEXT_DIST_DIR: '.next-bench',
}

function run(command: string, args: string[], extra: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: { ...env, ...extra }, stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))))
  })
}

type Server = { url: string; process: ChildProcess }

/** The servers this run started and has not stopped yet, from their spawn on: stopped on failure and interrupt too. */
const running = new Set<Server>()

function stop(server: Server) {
  running.delete(server)
  if (server.process.pid) process.kill(-server.process.pid, 'SIGTERM')
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    running.forEach(stop)
    process.exit(130)
  })
}

/** Starts the production server through `npm start`, so with the Node options production runs with. */
async function start(port: number, extra: Record<string, string>): Promise<Server> {
  const child = spawn('npm', ['start', '--', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...env, ...extra },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  })
  const server = { url: `http://127.0.0.1:${port}`, process: child }
  running.add(server)
  for (let attempt = 0; attempt < 120; attempt++) {
    const ok = await fetch(`${server.url}/bench/stats`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) {
      await fetch(`${server.url}/graphql?query=%7Bprogrammes%7Bslug%7D%7D`)
      return server
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  stop(server)
  throw new Error(`The server on port ${port} did not start`)
}

type Request = { path: string; method?: 'GET' | 'POST'; body?: string; headers?: Record<string, string> }

const graphql = (query: string, variables: Record<string, unknown>): Request => ({
  path: '/graphql',
  method: 'POST',
  body: JSON.stringify({ query, variables }),
  headers: { 'content-type': 'application/json' },
})

type Stats = { databaseCalls: number; cpuMicroseconds: number; peakRssBytes: number }
const stats = async (server: Server) => (await (await fetch(`${server.url}/bench/stats`)).json()) as Stats

async function send(server: Server, request: Request): Promise<Response> {
  return fetch(`${server.url}${request.path}`, { method: request.method ?? 'GET', body: request.body, headers: request.headers })
}

/** Database calls and server CPU time per request, over requests made one at a time. */
async function costPerRequest(server: Server, request: Request, samples = 20): Promise<{ databaseCalls: number; cpuMs: number }> {
  const before = await stats(server)
  for (let i = 0; i < samples; i++) await (await send(server, request)).arrayBuffer()
  const after = await stats(server)
  // The stats request itself costs CPU too, but little beside a report.
  return {
    databaseCalls: (after.databaseCalls - before.databaseCalls) / samples,
    cpuMs: (after.cpuMicroseconds - before.cpuMicroseconds) / 1000 / samples,
  }
}

/**
 * `request` is what every request sends, or, with `draw`, the one whose cost is measured, while the
 * load draws each request anew.
 */
type Case = { name: string; server: Server; request: Request; draw?: () => Request; connections?: number }

async function load(c: Case, duration = DURATION_S): Promise<autocannon.Result> {
  const { draw } = c
  return autocannon({
    url: `${c.server.url}${c.request.path}`,
    method: c.request.method ?? 'GET',
    body: c.request.body,
    headers: c.request.headers,
    connections: c.connections ?? CONNECTIONS,
    duration,
    ...(draw ? { requests: [{ setupRequest: (request) => ({ ...request, ...draw() }) }] } : {}),
  })
}

/**
 * Measures the cases under load `rounds` times in turn (1, 2, 3, 4, 1, 2, ...): on a shared machine
 * the capacity drifts within a minute, and a ratio of two runs made moments apart drifts less.
 */
async function measure(cases: Case[], rounds: number): Promise<CaseResult[]> {
  const prepared = []
  for (const c of cases) {
    const response = await send(c.server, c.request)
    const bytes = (await response.arrayBuffer()).byteLength
    if (!response.ok) throw new Error(`${c.name}: ${response.status}`)
    prepared.push({ ...c, bytes, ...(await costPerRequest(c.server, c.request)), runs: [] as autocannon.Result[] })
  }
  for (const c of prepared) await load(c, WARM_UP_S)
  for (let round = 0; round < rounds; round++) {
    for (const c of prepared) c.runs.push(await load(c))
  }
  return prepared.map((c) => ({
    name: c.name,
    requestsPerSecond: median(c.runs.map((run) => run.requests.average)),
    rounds: c.runs.map((run) => run.requests.average),
    p50: median(c.runs.map((run) => run.latency.p50)),
    p50Rounds: c.runs.map((run) => run.latency.p50),
    p99: median(c.runs.map((run) => run.latency.p99)),
    failed: c.runs.reduce((sum, run) => sum + run.errors + run.timeouts + run.non2xx, 0),
    databaseCalls: c.databaseCalls,
    cpuMs: c.cpuMs,
    bytes: c.bytes,
  }))
}

const FOLLOW_UP = `query FollowUp($programme: String!, $year: Int!) {
  followUp(programme: $programme, year: $year) {
    year goalCount assessedCount shareAchievedOrOnTrack statusCounts { status count }
    focusAreas {
      focusArea { slug title } statusCounts { status count }
      goals {
        milestoneGoal { code text targetYear } status previousStatus change commentary
        indicators { name unit series { year value } progress { status ratio } trend { status } }
      }
    }
    changes { milestoneGoal { code } change }
    news { slug title }
  }
}`

const NEWS = `query News($search: String!) {
  news(first: 10, filter: { search: $search }) { totalCount edges { node { slug title lead publishedAt } } }
}`

const SEARCH = `query Search($query: String!) {
  search(query: $query, first: 10) {
    totalCount
    edges {
      snippet { text matches { start end } }
      node {
        __typename
        ... on MilestoneGoal { id text }
        ... on Action { id title }
        ... on Indicator { id name }
        ... on NewsItem { slug title }
      }
    }
  }
}`

async function programmeId(server: Server, slug: string): Promise<string> {
  const response = await send(server, graphql('query($slug: String!) { programme(slug: $slug) { id } }', { slug }))
  return ((await response.json()) as any).data.programme.id
}

type Servers = Record<'cold' | 'warm' | 'rest', Server> & { reference?: Server }

/**
 * Case 7, what a national service sees: many readers at once, each request the year's report of
 * any of the programmes (KMPP and the synthetic ones), not one hot report.
 */
function acrossProgrammes(scale: number): Pick<Case, 'request' | 'draw' | 'connections'> {
  const slugs = ['kmpp-2017', ...Array.from({ length: scale }, (_, i) => syntheticProgrammeSlug(i + 1))]
  const draw = () => graphql(FOLLOW_UP, { programme: slugs[Math.floor(Math.random() * slugs.length)], year: YEAR })
  return { request: graphql(FOLLOW_UP, { programme: syntheticProgrammeSlug(1), year: YEAR }), draw, connections: NATIONAL_READERS }
}

/** Seeds the synthetic programmes up to `scale`: how long it took, and the database's size after. */
async function seed(scale: number, database: BenchDatabase): Promise<ScaleResults['seeding']> {
  const started = Date.now()
  await run(process.execPath, ['scripts/run-ts.mjs', 'bench/seed.ts', '--scale', String(scale)], { NODE_OPTIONS: '--no-deprecation' })
  return { seconds: (Date.now() - started) / 1000, databaseBytes: await database.size() }
}

const REFERENCE_CASE = "1. followUp, cache off, on the first scale's reference"

/**
 * `cold` and `warm` serve only this API (cache off and on); Payload's REST baseline gets a server of
 * its own, configured as `cold`, so that the API's peak RSS is its own and not that of REST's
 * 240 KB answers. `reference`, configured as `cold` on the first scale's database, runs case 1 right
 * after `cold` in every round, at every scale but the first.
 */
async function benchScale(scale: number, seeding: ScaleResults['seeding'], servers: Servers): Promise<ScaleResults> {
  const { cold, warm, rest: restServer, reference } = servers
  const slug = syntheticProgrammeSlug(1)
  const report = graphql(FOLLOW_UP, { programme: slug, year: YEAR })
  const id = await programmeId(cold, slug)
  const rest: Request = { path: `/api/follow-ups?where[programme][equals]=${id}&where[year][equals]=${YEAR}&depth=2&limit=100` }

  const reportBytes = (await (await send(cold, report)).arrayBuffer()).byteLength
  const referenceCase = reference ? [{ name: REFERENCE_CASE, server: reference, request: report }] : []
  const [coldCase, ...measured] = await measure(
    [
      { name: '1. followUp, cache off', server: cold, request: report },
      ...referenceCase,
      { name: '2. REST follow-ups, depth 2', server: restServer, request: rest },
      { name: '3. followUp, cache warm', server: warm, request: report },
      { name: '4. static JSON, same size', server: warm, request: { path: `/bench/static?bytes=${reportBytes}` } },
    ],
    ROUNDS,
  )
  // Each search also on the reference server, in the same rounds: its throughput with KMPP alone.
  const searches = [
    // A word in most of the news (uppföljning, in any inflection): the news list pages the matches in memory.
    { name: NEWS_SEARCH_CASE, request: graphql(NEWS, { search: 'uppföljningen' }) },
    { name: SEARCH_CASE, request: graphql(SEARCH, { query: 'avfall' }) },
  ]
  const searchCases = await measure(
    searches.flatMap(({ name, request }) => [
      { name, server: cold, request },
      ...(reference ? [{ name: onReference(name), server: reference, request }] : []),
    ]),
    ROUNDS,
  )
  const national = await measure(
    [
      { ...acrossProgrammes(scale), name: `7. ${NATIONAL_READERS} readers across ${scale + 1} programmes, cache off`, server: cold },
      { ...acrossProgrammes(scale), name: `7. ${NATIONAL_READERS} readers across ${scale + 1} programmes, cache on`, server: warm },
    ],
    1,
  )
  const publishing = await measureConcurrentPublishing({ url: warm.url, password: PASSWORD, programme: 'kmpp-2017', year: YEAR })
  const referenceResult = reference ? measured.shift() : undefined
  return {
    scale,
    seeding,
    cases: [coldCase, ...measured, ...searchCases, ...national],
    reference: referenceResult,
    publishing,
    peakRssBytes: Math.max((await stats(cold)).peakRssBytes, (await stats(warm)).peakRssBytes),
    restPeakRssBytes: (await stats(restServer)).peakRssBytes,
  }
}

/** Runs this benchmark again inside scripts/test-postgres.sh, which starts a throw-away cluster and removes it after. */
function insidePostgresCluster(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('scripts/test-postgres.sh', ['--', process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
      cwd: root,
      stdio: 'inherit',
    })
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

async function main() {
  const started = Date.now()
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  const database = await benchDatabase(benchDatabaseKind(), work)
  env.DATABASE_URI = database.uri
  if (process.env.BENCH_SKIP_BUILD !== '1') await run('npm', ['run', 'build'])

  const results: ScaleResults[] = []
  let reference: Server | undefined
  try {
    for (const scale of SCALES) {
      console.log(`\n== Seeding scale ${scale}`)
      const seeding = await seed(scale, database)
      const first = !reference
      if (first) reference = await start(PORT + 3, { RESPONSE_CACHE: 'off', DATABASE_URI: await database.copyToReference() })
      const servers = {
        cold: await start(PORT, { RESPONSE_CACHE: 'off' }),
        warm: await start(PORT + 1, { RESPONSE_CACHE: 'on' }),
        rest: await start(PORT + 2, { RESPONSE_CACHE: 'off' }),
      }
      try {
        console.log(`== Measuring scale ${scale}`)
        results.push(await benchScale(scale, seeding, { ...servers, reference: first ? undefined : reference }))
      } finally {
        Object.values(servers).forEach(stop)
      }
    }
  } finally {
    // The reference server, and any server a failure left running.
    running.forEach(stop)
  }
  const markdown = renderResults(results, {
    database: database.name,
    seconds: DURATION_S,
    rounds: ROUNDS,
    connections: CONNECTIONS,
    totalSeconds: (Date.now() - started) / 1000,
  })
  const file = benchDatabaseKind() === 'postgres' ? 'results-postgres.md' : 'results.md'
  writeFileSync(path.join(root, 'bench', file), markdown)
  console.log(`\n${markdown}`)
}

if (benchDatabaseKind() === 'postgres' && !clusterUri()) process.exitCode = await insidePostgresCluster()
else await main()
