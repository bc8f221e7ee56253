import { describe, expect, it } from 'vitest'

import { actionStateCounts, isActiveIn } from '../../src/figures'

describe('isActiveIn', () => {
  it.each([
    { action: { startYear: 2019, endYear: 2021 }, year: 2018, active: false },
    { action: { startYear: 2019, endYear: 2021 }, year: 2019, active: true },
    { action: { startYear: 2019, endYear: 2021 }, year: 2021, active: true },
    { action: { startYear: 2019, endYear: 2021 }, year: 2022, active: false },
    { action: { startYear: 2019, endYear: null }, year: 2030, active: true },
    { action: { startYear: 2019 }, year: 2018, active: false },
  ])('$action.startYear-$action.endYear in $year: $active', ({ action, year, active }) => {
    expect(isActiveIn(action, year)).toBe(active)
  })
})

describe('actionStateCounts', () => {
  it('gives all four states in order, zeros included', () => {
    expect(actionStateCounts([])).toEqual([
      { state: 'planned', count: 0 },
      { state: 'ongoing', count: 0 },
      { state: 'done', count: 0 },
      { state: 'cancelled', count: 0 },
    ])
  })

  it('counts each state', () => {
    expect(actionStateCounts(['done', 'ongoing', 'done', 'cancelled', 'done']).map((entry) => entry.count)).toEqual([0, 1, 3, 1])
  })
})
