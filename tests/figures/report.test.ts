import { describe, expect, it } from 'vitest'

import {
  assessedCount,
  type GoalStatus,
  goalStatusForYear,
  isDueThisYear,
  previousStatus,
  shareAchievedOrOnTrack,
  statusCounts,
} from '../../src/figures'

describe('statusCounts', () => {
  it.each<{ name: string; statuses: GoalStatus[]; counts: number[] }>([
    { name: 'no goals', statuses: [], counts: [0, 0, 0, 0, 0] },
    {
      name: 'mixed, with zeros',
      statuses: ['at_risk', 'achieved', 'at_risk', 'not_assessed', 'achieved', 'at_risk'],
      counts: [2, 0, 3, 0, 1],
    },
    {
      name: 'every status',
      statuses: ['not_assessed', 'not_achieved', 'at_risk', 'on_track', 'achieved', 'on_track'],
      counts: [1, 2, 1, 1, 1],
    },
  ])('$name', ({ statuses, counts }) => {
    const result = statusCounts(statuses)
    expect(result).toEqual([
      { status: 'achieved', count: counts[0] },
      { status: 'on_track', count: counts[1] },
      { status: 'at_risk', count: counts[2] },
      { status: 'not_achieved', count: counts[3] },
      { status: 'not_assessed', count: counts[4] },
    ])
    expect(result.reduce((sum, entry) => sum + entry.count, 0)).toBe(statuses.length)
  })
})

describe('assessedCount and shareAchievedOrOnTrack', () => {
  it.each<{ name: string; statuses: GoalStatus[]; assessed: number; share: number | null }>([
    { name: 'no goals', statuses: [], assessed: 0, share: null },
    { name: 'nothing assessed', statuses: ['not_assessed', 'not_assessed'], assessed: 0, share: null },
    {
      name: 'not_assessed left out of the denominator',
      statuses: ['achieved', 'on_track', 'at_risk', 'not_achieved', 'not_assessed', 'not_assessed'],
      assessed: 4,
      share: 0.5,
    },
    { name: 'none achieved or on track', statuses: ['at_risk', 'not_achieved'], assessed: 2, share: 0 },
    {
      name: 'a third',
      statuses: ['on_track', 'at_risk', 'at_risk'],
      assessed: 3,
      share: 0.3333333333333333,
    },
  ])('$name', ({ statuses, assessed, share }) => {
    const counts = statusCounts(statuses)
    expect(assessedCount(counts)).toBe(assessed)
    if (share === null) expect(shareAchievedOrOnTrack(counts)).toBeNull()
    else expect(shareAchievedOrOnTrack(counts)).toBeCloseTo(share, 10)
  })
})

describe('follow-up helpers', () => {
  const followUps: Array<{ year: number; status: GoalStatus }> = [
    { year: 2022, status: 'at_risk' },
    { year: 2023, status: 'on_track' },
    { year: 2025, status: 'achieved' },
  ]

  it.each<[number, GoalStatus]>([
    [2022, 'at_risk'],
    [2023, 'on_track'],
    [2024, 'not_assessed'],
    [2025, 'achieved'],
  ])('goalStatusForYear(%i) is %s', (year, expected) => {
    expect(goalStatusForYear(followUps, year)).toBe(expected)
  })

  it.each<[number, GoalStatus | null]>([
    [2022, null],
    [2023, 'at_risk'],
    [2024, 'on_track'],
    [2025, null],
    [2026, 'achieved'],
  ])('previousStatus(%i) is %s', (year, expected) => {
    expect(previousStatus(followUps, year)).toBe(expected)
  })

  it.each<[number | null | undefined, number, boolean]>([
    [2030, 2030, true],
    [2030, 2029, false],
    [2030, 2031, false],
    [null, 2030, false],
    [undefined, 2030, false],
  ])('isDueThisYear(%s, %i) is %s', (targetYear, year, expected) => {
    expect(isDueThisYear(targetYear, year)).toBe(expected)
  })
})
