/**
 * Memory under a flood of distinct large queries: the response cache keeps answers within its
 * byte budget and Apollo's store keeps parsed queries within its own, so the production server, limited as `npm start` limits it, stays under README's
 * peak-RSS target however many different answers anonymous clients ask for.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_RESPONSE_CACHE_MB } from '../../graphql/response-cache'
import { DOCUMENT_STORE_MB } from '../../graphql/server'
import packageJson from '../../package.json'
import { type AppServer, startApp } from '../helpers/app-server'
import { recordFigures } from './report'

const MB = 1024 * 1024
/** README's target for the peak RSS of the API's server (Performance). */
const PEAK_RSS_TARGET = 512 * MB
const QUERIES = 1000
const ALIASES = 11

/** `npm start`'s limit of V8's old generation, as README's figures were measured with it. */
const OLD_SPACE_LIMIT = /--max-old-space-size=\d+/.exec(packageJson.scripts.start)![0]

/** Query `n`: the 2020 follow-up, with its commentary and every indicator's series, under ALIASES names of its own (about 245 KB). */
const largeQuery = (n: number) =>
  `{ ${Array.from(
    { length: ALIASES },
    (_, i) =>
      `q${n}_${i}: followUp(programme: "kmpp-2017", year: 2020) { goals { milestoneGoal { code text } status commentary(format: HTML) ` +
      'indicators { name unit source series { year value } milestoneGoals { code text } } } }',
  ).join(' ')} }`

let app: AppServer

/** The server's peak resident set so far (Linux). */
function peakRss(): number {
  const status = readFileSync(`/proc/${app.process.pid}/status`, 'utf8')
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) * 1024
}

beforeAll(async () => {
  app = await startApp({ env: { NODE_OPTIONS: `--no-deprecation ${OLD_SPACE_LIMIT}` } })
})
afterAll(() => app?.stop())

describe('a flood of distinct large anonymous queries', () => {
  it(`keeps the server's peak RSS under ${PEAK_RSS_TARGET / MB} MB`, async () => {
    const before = peakRss()
    let bytes = 0
    // Two at a time, as the server would meet two clients; every answer is different and cacheable.
    for (let n = 0; n < QUERIES; n += 2) {
      const answers = await Promise.all(
        [n, n + 1].map(async (m) => {
          const response = await fetch(`${app.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: largeQuery(m) }),
          })
          const text = await response.text()
          expect([response.status, response.headers.get('cache-control')], text.slice(0, 300)).toEqual([
            200,
            expect.stringContaining('public'),
          ])
          return text.length
        }),
      )
      bytes += answers.reduce((sum, length) => sum + length, 0)
    }
    const peak = peakRss()
    recordFigures('Memory', [
      { label: 'distinct answers', value: QUERIES },
      { label: 'MB answered', value: Math.round(bytes / MB) },
      { label: 'cache budget (MB)', value: DEFAULT_RESPONSE_CACHE_MB },
      { label: 'parsed-query store (MB of JSON)', value: DOCUMENT_STORE_MB },
      { label: 'peak RSS before (MB)', value: Math.round(before / MB) },
      { label: 'peak RSS after (MB)', value: Math.round(peak / MB) },
    ])
    expect(bytes / QUERIES).toBeGreaterThan(240_000)
    expect(peak).toBeLessThan(PEAK_RSS_TARGET)
  }, 600_000)
})
