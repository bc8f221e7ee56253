import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { progress, trend } from '../../src/figures'
import type { SeedStatus } from '../../src/seed/data/types'
import { dataOf, errorCodeOf, SEED_GOALS, type SeededApi, seededApi, seedIndicator, seedStatusIn } from '../helpers/graphql-seeded'

let api: SeededApi

beforeAll(async () => {
  api = await seededApi()
})
afterAll(async () => {
  await api?.close()
})

const STATUSES: SeedStatus[] = ['achieved', 'on_track', 'at_risk', 'not_achieved', 'not_assessed']
const ENUM_STATUSES = ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'NOT_ACHIEVED', 'NOT_ASSESSED']

const DATA_POINT = `{ year value }`
const INDICATOR = `name direction series ${DATA_POINT} latest ${DATA_POINT}
  progress { status ratio observedRate requiredRate baseYear currentYear } trend { status slope }`
const GOAL_FOLLOW_UP = `milestoneGoal { code targetYear indicators { name series { year } } } status previousStatus change
  commentary(format: TEXT) disagreement indicators { ${INDICATOR} }`
const REPORT = `
  year goalCount assessedCount shareAchievedOrOnTrack statusCounts { status count }
  focusAreas {
    focusArea { slug } assessedCount shareAchievedOrOnTrack statusCounts { status count } goals { milestoneGoal { code } status }
  }
  goals { ${GOAL_FOLLOW_UP} }
  changes { milestoneGoal { code } change }
  dueThisYear { milestoneGoal { code } }
  disagreements { milestoneGoal { code } }
  news { slug }`

type DataPoint = { year: number; value: number }
type GoalRow = {
  milestoneGoal: { code: string; targetYear: number; indicators: Array<{ name: string; series: Array<{ year: number }> }> }
  status: string
  previousStatus: string | null
  change: string
  commentary: string | null
  disagreement: boolean
  indicators: Array<{
    name: string
    direction: string
    series: DataPoint[]
    latest: DataPoint | null
    progress: {
      status: string
      ratio: number | null
      observedRate: number | null
      requiredRate: number | null
      baseYear: number | null
      currentYear: number | null
    }
    trend: { status: string; slope: number | null }
  }>
}

const reports = new Map<number, Promise<any>>()
/** The seeded programme's report for `year`, asked for once per year. */
function report(year: number): Promise<any> {
  if (!reports.has(year)) {
    reports.set(
      year,
      api
        .post(`query($year: Int!) { followUp(programme: "kmpp-2017", year: $year) { ${REPORT} } }`, { year })
        .then((r) => dataOf(r).followUp),
    )
  }
  return reports.get(year)!
}

// Independent expectations, from the seed data files only.
const counts = (statuses: SeedStatus[]) => STATUSES.map((status) => statuses.filter((s) => s === status).length)
const statusesIn = (year: number, goals = SEED_GOALS) => goals.map((goal) => seedStatusIn(goal, year))
const RANK: Record<string, number> = { achieved: 4, on_track: 3, at_risk: 2, not_achieved: 1 }
function expectedChange(goal: (typeof SEED_GOALS)[number], year: number): string {
  const previous = (goal.followUps as Partial<Record<number, { status: SeedStatus }>>)[year - 1]?.status
  const current = seedStatusIn(goal, year)
  if (previous === undefined) return 'NEW'
  if (previous === current) return 'UNCHANGED'
  if (previous === 'not_assessed' || current === 'not_assessed') return 'REASSESSED'
  return RANK[current] > RANK[previous] ? 'IMPROVED' : 'WORSENED'
}
const codesWhere = (predicate: (goal: (typeof SEED_GOALS)[number]) => boolean) => SEED_GOALS.filter(predicate).map((goal) => goal.code)
const rowCodes = (rows: Array<{ milestoneGoal: { code: string } }>) => rows.map((row) => row.milestoneGoal.code)
const countsOf = (statusCounts: Array<{ status: string; count: number }>) => statusCounts.map((entry) => entry.count)

/** The seed's indicator values up to and including `year`, oldest first. */
const seedSeries = (key: string, year: number) =>
  seedIndicator(key)
    .measurements.filter((m) => m.year <= year)
    .map(({ year, value }) => ({ year, value }))
    .sort((a, b) => a.year - b.year)
const seedProgress = (key: string, year: number) => {
  const indicator = seedIndicator(key)
  return progress({
    direction: indicator.direction,
    baseline: indicator.baseline,
    target: indicator.target,
    measurements: seedSeries(key, year),
  })
}
/** The rule of the issue: assessed achieved/on track with weak data, or at risk/not achieved with strong data. */
function expectedDisagreement(goal: (typeof SEED_GOALS)[number], year: number): boolean {
  const status = seedStatusIn(goal, year)
  const progressStatuses = goal.indicators.map((key) => seedProgress(key, year).status)
  if (status === 'achieved' || status === 'on_track') return progressStatuses.some((p) => p === 'deterioration' || p === 'limited_progress')
  if (status === 'at_risk' || status === 'not_achieved')
    return progressStatuses.some((p) => p === 'target_achieved' || p === 'substantial_progress')
  return false
}

describe('the seeded 2020 report', () => {
  it('counts the goals per status: all five statuses in order, summing to the 25 goals', async () => {
    const followUp = await report(2020)
    expect(followUp.statusCounts.map((entry: { status: string }) => entry.status)).toEqual(ENUM_STATUSES)
    expect(countsOf(followUp.statusCounts)).toEqual(counts(statusesIn(2020)))
    // Counted by hand from src/seed/data/programme.ts.
    expect(countsOf(followUp.statusCounts)).toEqual([5, 10, 6, 3, 1])
    expect(followUp.goalCount).toBe(25)
    expect(followUp.goalCount).toBe(SEED_GOALS.length)
    expect(countsOf(followUp.statusCounts).reduce((a: number, b: number) => a + b, 0)).toBe(followUp.goalCount)
  })

  it('gives assessedCount and shareAchievedOrOnTrack', async () => {
    const followUp = await report(2020)
    const statuses = statusesIn(2020)
    const assessed = statuses.filter((s) => s !== 'not_assessed').length
    expect(followUp.assessedCount).toBe(assessed)
    expect(followUp.assessedCount).toBe(24)
    expect(followUp.shareAchievedOrOnTrack).toBeCloseTo(statuses.filter((s) => s === 'achieved' || s === 'on_track').length / assessed, 12)
    expect(followUp.shareAchievedOrOnTrack).toBeCloseTo(15 / 24, 12)
  })

  it('gives the totals per focus area, in the programme’s order', async () => {
    const followUp = await report(2020)
    const { programme } = await import('../../src/seed/data/programme')
    expect(followUp.focusAreas.map((area: { focusArea: { slug: string } }) => area.focusArea.slug)).toEqual(
      programme.focusAreas.map((area) => area.slug),
    )
    programme.focusAreas.forEach((seedArea, i) => {
      const area = followUp.focusAreas[i]
      const statuses = seedArea.milestoneGoals.map((goal) => seedStatusIn(goal, 2020))
      const assessed = statuses.filter((s) => s !== 'not_assessed').length
      expect(area.statusCounts.map((entry: { status: string }) => entry.status)).toEqual(ENUM_STATUSES)
      expect(countsOf(area.statusCounts)).toEqual(counts(statuses))
      expect(area.assessedCount).toBe(assessed)
      expect(area.shareAchievedOrOnTrack).toBeCloseTo(statuses.filter((s) => s === 'achieved' || s === 'on_track').length / assessed, 12)
      expect(rowCodes(area.goals)).toEqual(seedArea.milestoneGoals.map((goal) => goal.code))
    })
    // Counted by hand.
    expect(
      followUp.focusAreas.map((area: { statusCounts: Array<{ status: string; count: number }> }) => countsOf(area.statusCounts)),
    ).toEqual([
      [0, 4, 0, 0, 0],
      [2, 1, 0, 0, 0],
      [1, 3, 1, 0, 1],
      [1, 1, 3, 2, 0],
      [1, 1, 2, 1, 0],
    ])
    expect(followUp.focusAreas.map((area: { assessedCount: number }) => area.assessedCount)).toEqual([4, 3, 5, 7, 5])
    const shares = followUp.focusAreas.map((area: { shareAchievedOrOnTrack: number }) => area.shareAchievedOrOnTrack)
    ;[1, 1, 4 / 5, 2 / 7, 2 / 5].forEach((share, i) => {
      expect(shares[i]).toBeCloseTo(share, 12)
    })
  })

  it('lists every goal once, in code order, with its status, previous status, change and commentary', async () => {
    const followUp = await report(2020)
    const codes = rowCodes(followUp.goals)
    expect(codes).toEqual(SEED_GOALS.map((goal) => goal.code))
    expect(new Set(codes).size).toBe(25)
    SEED_GOALS.forEach((goal, i) => {
      const row: GoalRow = followUp.goals[i]
      expect(row.status).toBe(goal.followUps[2020].status.toUpperCase())
      expect(row.previousStatus).toBe(goal.followUps[2019].status.toUpperCase())
      expect(row.change, goal.code).toBe(expectedChange(goal, 2020))
      expect(row.commentary).toBe(goal.followUps[2020].commentary.sv)
    })
    const byChange = (change: string) => rowCodes(followUp.goals.filter((row: GoalRow) => row.change === change))
    expect(byChange('IMPROVED')).toEqual(['2.1', '3.1', '3.4', '4.2'])
    expect(byChange('WORSENED')).toEqual(['4.5', '5.3', '5.4'])
    expect(byChange('REASSESSED')).toEqual(['2.2', '3.6'])
    expect(byChange('NEW')).toEqual([])
  })

  it('lists as changes exactly the goals that improved or worsened since 2019', async () => {
    const followUp = await report(2020)
    const expected = codesWhere((goal) => ['IMPROVED', 'WORSENED'].includes(expectedChange(goal, 2020)))
    expect(rowCodes(followUp.changes)).toEqual(expected)
    expect(rowCodes(followUp.changes)).toEqual(['2.1', '3.1', '3.4', '4.2', '4.5', '5.3', '5.4'])
    expect(followUp.changes.map((row: { change: string }) => row.change)).toEqual([
      'IMPROVED',
      'IMPROVED',
      'IMPROVED',
      'IMPROVED',
      'WORSENED',
      'WORSENED',
      'WORSENED',
    ])
  })

  it('lists as due this year the goals with target year 2020', async () => {
    const followUp = await report(2020)
    expect(rowCodes(followUp.dueThisYear)).toEqual(codesWhere((goal) => goal.targetYear === 2020))
    expect(rowCodes(followUp.dueThisYear)).toEqual(['1.1', '2.1'])
  })

  it('lists as disagreements the goals whose status and indicators part ways, by the rule of the issue', async () => {
    const followUp = await report(2020)
    const expected = codesWhere((goal) => expectedDisagreement(goal, 2020))
    expect(rowCodes(followUp.disagreements)).toEqual(expected)
    expect(rowCodes(followUp.disagreements)).toEqual(['4.6', '5.4'])
    expect(rowCodes(followUp.goals.filter((row: GoalRow) => row.disagreement))).toEqual(expected)
  })

  it('gives each goal its indicators with every value up to 2020 and their progress and trend', async () => {
    const followUp = await report(2020)
    SEED_GOALS.forEach((goal, i) => {
      const row: GoalRow = followUp.goals[i]
      expect(row.indicators.map((indicator) => indicator.name)).toEqual(goal.indicators.map((key) => seedIndicator(key).name.sv))
      goal.indicators.forEach((key, j) => {
        const indicator = row.indicators[j]
        expect(indicator.series).toEqual(seedSeries(key, 2020))
        expect(indicator.progress.status).toBe(seedProgress(key, 2020).status.toUpperCase())
      })
    })
  })

  it('includes the seeded news item about the 2020 follow-up', async () => {
    const followUp = await report(2020)
    expect(followUp.news).toEqual([{ slug: 'uppfoljning-av-kmpp-2020' }])
  })
})

describe('other years', () => {
  it('2019: statuses, changes against 2018, due goals and disagreements', async () => {
    const followUp = await report(2019)
    expect(countsOf(followUp.statusCounts)).toEqual(counts(statusesIn(2019)))
    SEED_GOALS.forEach((goal, i) => {
      expect(followUp.goals[i].change, goal.code).toBe(expectedChange(goal, 2019))
    })
    expect(rowCodes(followUp.changes)).toEqual(codesWhere((goal) => ['IMPROVED', 'WORSENED'].includes(expectedChange(goal, 2019))))
    expect(rowCodes(followUp.changes)).toEqual(['1.1', '1.4', '3.1', '4.1', '4.5', '4.6', '5.2'])
    // Not assessed in 2018 and 2019 alike: the same status, so unchanged.
    expect(followUp.goals.find((row: GoalRow) => row.milestoneGoal.code === '2.2').change).toBe('UNCHANGED')
    expect(rowCodes(followUp.dueThisYear)).toEqual(['5.2'])
    expect(rowCodes(followUp.disagreements)).toEqual(codesWhere((goal) => expectedDisagreement(goal, 2019)))
    expect(rowCodes(followUp.disagreements)).toEqual(['4.4', '4.5', '4.6'])
  })

  it('2019: indicator series, latest values, progress and trend use only values up to 2019', async () => {
    const followUp = await report(2019)
    let indicators = 0
    SEED_GOALS.forEach((goal, i) => {
      const row: GoalRow = followUp.goals[i]
      goal.indicators.forEach((key, j) => {
        const indicator = row.indicators[j]
        const series = seedSeries(key, 2019)
        expect(indicator.series.every((point) => point.year <= 2019)).toBe(true)
        expect(indicator.series).toEqual(series)
        expect(indicator.latest).toEqual(series.at(-1) ?? null)
        const expected = seedProgress(key, 2019)
        expect(indicator.progress.status, key).toBe(expected.status.toUpperCase())
        expect(indicator.progress.baseYear).toBe(expected.baseYear)
        expect(indicator.progress.currentYear).toBe(expected.currentYear)
        expect(indicator.progress.currentYear ?? 0).toBeLessThanOrEqual(2019)
        if (expected.ratio === null) expect(indicator.progress.ratio).toBeNull()
        else expect(indicator.progress.ratio).toBeCloseTo(expected.ratio, 10)
        const expectedTrend = trend(seedIndicator(key).direction, series)
        expect(indicator.trend.status).toBe(expectedTrend.status.toUpperCase())
        if (expectedTrend.slope === null) expect(indicator.trend.slope).toBeNull()
        else expect(indicator.trend.slope).toBeCloseTo(expectedTrend.slope, 10)
        indicators++
      })
      // The goal's own indicators, reached through the report, are cut at the year too.
      for (const indicator of row.milestoneGoal.indicators) expect(indicator.series.every((point) => point.year <= 2019)).toBe(true)
    })
    expect(indicators).toBeGreaterThan(25)
    // The cut matters: 3.4's indicator reached its target only in 2020.
    const goal34 = followUp.goals.find((row: GoalRow) => row.milestoneGoal.code === '3.4')
    expect(goal34.indicators[0].progress.status).toBe('LIMITED_PROGRESS')
    expect((await report(2020)).goals.find((row: GoalRow) => row.milestoneGoal.code === '3.4').indicators[0].progress.status).toBe(
      'TARGET_ACHIEVED',
    )
  })

  it('2019: no news (the seeded item is about 2020)', async () => {
    expect((await report(2019)).news).toEqual([])
  })

  it('2018: the first year with assessments, so every change is NEW and there are no changes', async () => {
    const followUp = await report(2018)
    expect(countsOf(followUp.statusCounts)).toEqual(counts(statusesIn(2018)))
    expect(countsOf(followUp.statusCounts)).toEqual([1, 12, 6, 5, 1])
    expect(followUp.goals.every((row: GoalRow) => row.change === 'NEW' && row.previousStatus === null)).toBe(true)
    expect(followUp.changes).toEqual([])
    expect(rowCodes(followUp.dueThisYear)).toEqual(['2.3', '3.4', '4.2', '4.3', '4.7', '5.1'])
  })

  it('2016, a year without assessments: every goal NOT_ASSESSED, assessedCount 0, no share, change NEW', async () => {
    const followUp = await report(2016)
    expect(followUp.statusCounts).toEqual(ENUM_STATUSES.map((status) => ({ status, count: status === 'NOT_ASSESSED' ? 25 : 0 })))
    expect(followUp.goalCount).toBe(25)
    expect(followUp.assessedCount).toBe(0)
    expect(followUp.shareAchievedOrOnTrack).toBeNull()
    expect(rowCodes(followUp.goals)).toEqual(SEED_GOALS.map((goal) => goal.code))
    for (const row of followUp.goals as GoalRow[]) {
      expect(row).toMatchObject({ status: 'NOT_ASSESSED', previousStatus: null, change: 'NEW', commentary: null, disagreement: false })
    }
    for (const area of followUp.focusAreas) {
      expect(area.assessedCount).toBe(0)
      expect(area.shareAchievedOrOnTrack).toBeNull()
    }
    expect(followUp.changes).toEqual([])
    expect(followUp.disagreements).toEqual([])
    expect(followUp.news).toEqual([])
  })

  it('2021, after the last assessments: NOT_ASSESSED, REASSESSED against 2020 (UNCHANGED where 2020 was not assessed either)', async () => {
    // The seed's open round of 2021 hides the year; without a round a year is public, and its seeded follow-ups are drafts.
    await api.payload.delete({ collection: 'follow-up-rounds', where: { year: { equals: 2021 } }, overrideAccess: true })
    const followUp = await report(2021)
    expect(followUp.assessedCount).toBe(0)
    SEED_GOALS.forEach((goal, i) => {
      expect(followUp.goals[i].previousStatus).toBe(goal.followUps[2020].status.toUpperCase())
      expect(followUp.goals[i].change).toBe(goal.followUps[2020].status === 'not_assessed' ? 'UNCHANGED' : 'REASSESSED')
    })
    expect(rowCodes(followUp.dueThisYear)).toEqual(codesWhere((goal) => goal.targetYear === 2021))
  })

  it('accepts the first and last valid years, 1990 and 2100', async () => {
    const { body } = await api.post(`{
      a: followUp(programme: "kmpp-2017", year: 1990) { year assessedCount }
      b: followUp(programme: "kmpp-2017", year: 2100) { year assessedCount }
    }`)
    expect(body.errors).toBeUndefined()
    expect(body.data).toEqual({ a: { year: 1990, assessedCount: 0 }, b: { year: 2100, assessedCount: 0 } })
  })
})

describe('errors and unknowns', () => {
  it('is null for an unknown programme', async () => {
    const response = await api.post(`{ followUp(programme: "finns-inte", year: 2020) { year } }`)
    expect(dataOf(response).followUp).toBeNull()
  })

  it.each([0, 1989, 2101, -2020])('refuses year %i with BAD_USER_INPUT', async (year) => {
    const response = await api.post(`query($year: Int!) { followUp(programme: "kmpp-2017", year: $year) { year } }`, { year })
    expect(response.status).toBe(200)
    expect(errorCodeOf(response)).toBe('BAD_USER_INPUT')
    expect(response.body.data?.followUp ?? null).toBeNull()
    const nested = await api.post(`query($year: Int!) { programme(slug: "kmpp-2017") { followUp(year: $year) { year } } }`, { year })
    expect(errorCodeOf(nested)).toBe('BAD_USER_INPUT')
  })

  it('refuses a year that is not a whole number as a GraphQL error with status 400, never 500', async () => {
    const variable = await api.post(`query($year: Int!) { followUp(programme: "kmpp-2017", year: $year) { year } }`, { year: 2020.5 })
    expect(variable.status).toBe(400)
    expect(errorCodeOf(variable)).toBe('BAD_USER_INPUT')
    expect(variable.body.errors![0].message).toMatch(/Int cannot represent non-integer value: 2020.5/)
    expect(variable.body.data).toBeUndefined()

    const literal = await api.post(`{ followUp(programme: "kmpp-2017", year: 2020.5) { year } }`)
    expect(literal.status).toBe(400)
    expect(errorCodeOf(literal)).toBe('GRAPHQL_VALIDATION_FAILED')
  })
})
