import { describe, expect, it } from 'vitest'

import { type CaseResult, NEWS_SEARCH_CASE, onReference, renderResults, type ScaleResults, SEARCH_CASE, targets } from '@/bench/report'

/** A case whose rounds ran at these p50s, at 1000 / p50 requests/s. */
function measuredCase(name: string, p50Rounds: number[], bytes = 33_000): CaseResult {
  const sorted = [...p50Rounds].sort((a, b) => a - b)
  const p50 = sorted[sorted.length >> 1]
  return {
    name,
    requestsPerSecond: 1000 / p50,
    rounds: p50Rounds.map((p) => 1000 / p),
    p50,
    p50Rounds,
    p99: p50 * 3,
    failed: 0,
    databaseCalls: 6,
    cpuMs: 40,
    bytes,
  }
}

/** A scale whose case 1 ran at `cold` p50s, beside the first scale's reference at `reference` p50s. */
function scaleResults(scale: number, cold: number[], reference?: number[], bytes?: number): ScaleResults {
  return {
    scale,
    cases: [
      measuredCase('1. followUp, cache off', cold, bytes),
      measuredCase('2. REST follow-ups, depth 2', [400, 400, 400]),
      measuredCase('3. followUp, cache warm', [12, 12, 12]),
      measuredCase('4. static JSON, same size', [8, 8, 8]),
      measuredCase('5. news(first: 10) with search', [50]),
      measuredCase(`7. 50 readers across ${scale + 1} programmes, cache off`, [200]),
    ],
    seeding: { seconds: 30 * scale, databaseBytes: 6 * scale * 1024 * 1024 },
    reference: reference && measuredCase('1. on the reference', reference),
    publishing: {
      readers: 50,
      seconds: 10,
      reads: 4000,
      readsPerSecond: 400,
      failed: 0,
      writes: 24,
      staleReads: 0,
      visibleAfterMs: { median: 250, max: 500 },
    },
    peakRssBytes: 280 * 1024 * 1024,
    restPeakRssBytes: 300 * 1024 * 1024,
  }
}

function growthTarget(results: ScaleResults[], to: number) {
  const row = targets(results).find(([target]) => target.startsWith(`case 1 p50 growth, scale 1 to ${to} `))
  if (!row) throw new Error(`no growth target to scale ${to}`)
  const [, measured, met] = row
  return { measured, met }
}

describe("case 1's p50 growth from the first scale", () => {
  // The first scale ran on a fast minute of the machine: its p50 is no yardstick for scales measured minutes later.
  const first = scaleResults(1, [100, 100, 100])

  it("is the median of the rounds' ratios to the reference run beside it, not the ratio of the scales' p50s", () => {
    const slowerMinute = scaleResults(10, [150, 160, 140], [140, 150, 150])
    const { measured, met } = growthTarget([first, slowerMinute], 10)
    expect(measured).toBe('×1.07 (rounds 1.07/1.07/0.93), size ×1.00')
    expect(met).toBe(true)
  })

  it('is not met when case 1 slows beside the reference beyond the noise allowance', () => {
    const { measured, met } = growthTarget([first, scaleResults(100, [130, 125, 135], [100, 100, 100])], 100)
    expect(measured).toBe('×1.30 (rounds 1.30/1.25/1.35), size ×1.00')
    expect(met).toBe(false)
  })

  it('may grow as fast as the report grows, with the allowance', () => {
    const twiceTheReport = scaleResults(10, [220, 240, 260], [100, 100, 100], 66_000)
    expect(growthTarget([first, twiceTheReport], 10)).toEqual({ measured: '×2.40 (rounds 2.20/2.40/2.60), size ×2.00', met: true })
  })

  it('is not met without a reference run', () => {
    expect(growthTarget([first, scaleResults(10, [100, 100, 100])], 10)).toEqual({ measured: 'no reference run, size ×1.00', met: false })
  })
})

describe('search beside KMPP alone', () => {
  const withSearches = (scale: number, atScale: number[], alone?: number[]): ScaleResults => {
    const results = scaleResults(scale, [100, 100, 100], alone && [100, 100, 100])
    results.cases = results.cases.filter((c) => c.name !== NEWS_SEARCH_CASE)
    results.cases.push(measuredCase(SEARCH_CASE, atScale))
    if (alone) results.cases.push(measuredCase(onReference(SEARCH_CASE), alone))
    return results
  }
  const searchTarget = (results: ScaleResults[]) => targets(results).find(([target]) => target.includes('search(first: 10) keeps'))

  it('is met when the search at scale keeps two thirds of the throughput it has on the reference in the same rounds', () => {
    const [, measured, met] = searchTarget([withSearches(1, [20, 20, 20]), withSearches(100, [28, 30, 29], [20, 20, 20])])!
    expect(measured).toBe('0.69× (34 / 50 req/s)')
    expect(met).toBe(true)
  })

  it('is not met below two thirds, and not asked of the first scale, which is KMPP alone', () => {
    const results = [withSearches(1, [20, 20, 20]), withSearches(100, [40, 40, 40], [20, 20, 20])]
    expect(searchTarget(results)?.[2]).toBe(false)
    expect(targets(results).filter(([target]) => target.includes('keeps'))).toHaveLength(1)
  })
})

describe('the results page', () => {
  it("shows the reference's run right after case 1, at the scales that have one", () => {
    const page = renderResults([scaleResults(1, [100, 100, 100]), scaleResults(10, [110, 100, 90], [100, 100, 100])], {
      database: 'SQLite',
      seconds: 6,
      rounds: 3,
      connections: 10,
      totalSeconds: 600,
    })
    const caseRows = page.split('\n').filter((line) => /^\| \d+ \| \d\./.test(line))
    expect(caseRows.map((line) => line.split(' | ').slice(0, 2).join(' | '))).toEqual([
      '| 1 | 1. followUp, cache off',
      '| 1 | 2. REST follow-ups, depth 2',
      '| 1 | 3. followUp, cache warm',
      '| 1 | 4. static JSON, same size',
      '| 1 | 5. news(first: 10) with search',
      '| 1 | 7. 50 readers across 2 programmes, cache off',
      '| 1 | 6. 50 readers while publishing (24 publishes)',
      '| 10 | 1. followUp, cache off',
      '| 10 | 1. on the reference',
      '| 10 | 2. REST follow-ups, depth 2',
      '| 10 | 3. followUp, cache warm',
      '| 10 | 4. static JSON, same size',
      '| 10 | 5. news(first: 10) with search',
      '| 10 | 7. 50 readers across 11 programmes, cache off',
      '| 10 | 6. 50 readers while publishing (24 publishes)',
    ])
    const growthRow =
      "| case 1 p50 growth, scale 1 to 10 ≤ the report's (×1.25 for noise) | ×1.00 (rounds 1.10/1.00/0.90), size ×1.00 | met |"
    expect(page).toContain(growthRow)
    expect(page).toContain('| 10 | 300 s | 60 MB | 280 MB | 300 MB | 0 | 250 ms / 500 ms |')
    expect(page).toContain('| scale 10: case 7 (cache off) without failures | 0 failed | met |')
    expect(page.split('\n').filter((line) => line.length > 140)).toEqual([])
  })

  it('names the database it ran on, in the heading and the first line', () => {
    const page = renderResults([scaleResults(1, [100, 100, 100])], {
      database: 'PostgreSQL 15.18',
      seconds: 6,
      rounds: 3,
      connections: 10,
      totalSeconds: 600,
    })
    const [heading, , first] = page.split('\n')
    expect(heading).toBe('# Benchmark results: PostgreSQL 15.18')
    expect(first).toMatch(/^`npm run bench` on PostgreSQL 15\.18: production build,/)
  })
})
