import { describe, expect, it } from 'vitest'

import { measurementsUpTo } from '../../src/figures'

describe('measurementsUpTo', () => {
  const points = [
    { year: 2022, value: 3 },
    { year: 2019, value: 1 },
    { year: 2024, value: 5 },
    { year: 2021, value: 2 },
  ]

  it.each([
    { year: 2022, expectedYears: [2019, 2021, 2022] },
    { year: 2023, expectedYears: [2019, 2021, 2022] },
    { year: 2030, expectedYears: [2019, 2021, 2022, 2024] },
    { year: 2019, expectedYears: [2019] },
    { year: 2018, expectedYears: [] },
  ])('up to $year keeps $expectedYears, sorted', ({ year, expectedYears }) => {
    expect(measurementsUpTo(points, year).map((point) => point.year)).toEqual(expectedYears)
  })

  it('keeps values with their years and leaves the input untouched', () => {
    expect(measurementsUpTo(points, 2022)).toEqual([
      { year: 2019, value: 1 },
      { year: 2021, value: 2 },
      { year: 2022, value: 3 },
    ])
    expect(points.map((point) => point.year)).toEqual([2022, 2019, 2024, 2021])
  })
})
