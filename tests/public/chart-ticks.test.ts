import { describe, expect, it } from 'vitest'

import { valueTicks, yearTicks } from '../../src/app/(public)/components/chart-ticks'

describe('valueTicks', () => {
  it('labels round values inside the range, at most five', () => {
    expect(valueTicks(8, 48)).toEqual([10, 20, 30, 40])
    expect(valueTicks(10, 30)).toEqual([10, 15, 20, 25, 30])
    expect(valueTicks(1234, 98765)).toEqual([25000, 50000, 75000])
  })

  it('keeps decimals exact and handles negative values', () => {
    expect(valueTicks(0.1, 0.7)).toEqual([0.2, 0.4, 0.6])
    expect(valueTicks(-1, 1)).toEqual([-1, -0.5, 0, 0.5, 1])
  })

  it('gives at least two labels for any range', () => {
    for (const [low, high] of [
      [0, 1],
      [3.2, 3.3],
      [-40, 7],
      [99, 101],
    ]) {
      const ticks = valueTicks(low, high)
      expect(ticks.length, `${low}-${high}`).toBeGreaterThanOrEqual(2)
      expect(ticks.length, `${low}-${high}`).toBeLessThanOrEqual(5)
      expect(ticks.every((tick) => tick >= low && tick <= high)).toBe(true)
    }
  })

  it('gives the single value of an empty range', () => {
    expect(valueTicks(5, 5)).toEqual([5])
  })
})

describe('yearTicks', () => {
  it('labels every year of a short span', () => {
    expect(yearTicks(2016, 2021)).toEqual([2016, 2017, 2018, 2019, 2020, 2021])
  })

  it('labels every 2nd, 5th or 20th year of longer spans, at most six', () => {
    expect(yearTicks(2012, 2020)).toEqual([2012, 2014, 2016, 2018, 2020])
    expect(yearTicks(2015, 2030)).toEqual([2015, 2020, 2025, 2030])
    expect(yearTicks(1990, 2050)).toEqual([2000, 2020, 2040])
  })

  it('labels the one year of a single value', () => {
    expect(yearTicks(2020, 2020)).toEqual([2020])
  })
})
