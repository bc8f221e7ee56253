import { describe, expect, it } from 'vitest'

import { type DataPoint, type Direction, type Trend, trend } from '../../src/figures'

// Slopes computed by hand: sum((x - x̄)(y - ȳ)) / sum((x - x̄)²); relative = d * slope / |ȳ|.
const series = (firstYear: number, values: number[]): DataPoint[] => values.map((value, index) => ({ year: firstYear + index, value }))

type Case = { name: string; direction: Direction; measurements: DataPoint[]; expected: Trend }

const cases: Case[] = [
  {
    name: 'rising values, increase wanted: improving',
    direction: 'increase',
    measurements: series(2016, [100, 102, 104]),
    expected: { status: 'improving', slope: 2, relativeSlope: 0.0196078431372549 },
  },
  {
    name: 'rising values, decrease wanted: worsening',
    direction: 'decrease',
    measurements: series(2016, [100, 102, 104]),
    expected: { status: 'worsening', slope: 2, relativeSlope: -0.0196078431372549 },
  },
  {
    name: 'nearly flat: stable',
    direction: 'increase',
    measurements: series(2016, [100, 100.5, 101]),
    expected: { status: 'stable', slope: 0.5, relativeSlope: 0.004975124378109453 },
  },
  {
    name: 'noisy five points, unsorted input',
    direction: 'increase',
    measurements: [
      { year: 2018, value: 15 },
      { year: 2015, value: 10 },
      { year: 2019, value: 14 },
      { year: 2016, value: 12 },
      { year: 2017, value: 11 },
    ],
    expected: { status: 'improving', slope: 1.1, relativeSlope: 0.08870967741935484 },
  },
  {
    // All seven points would give slope -63.57 (worsening); the last five give 1 (stable).
    name: 'more than five points: only the last five are used',
    direction: 'increase',
    measurements: series(2010, [500, 400, 100, 101, 102, 103, 104]),
    expected: { status: 'stable', slope: 1, relativeSlope: 0.00980392156862745 },
  },
  {
    name: 'mean zero: raw slope times d, increase',
    direction: 'increase',
    measurements: series(2018, [-2, 0, 2]),
    expected: { status: 'improving', slope: 2, relativeSlope: 2 },
  },
  {
    name: 'mean zero: raw slope times d, decrease',
    direction: 'decrease',
    measurements: series(2018, [-2, 0, 2]),
    expected: { status: 'worsening', slope: 2, relativeSlope: -2 },
  },
  {
    name: 'relative slope exactly at the threshold: stable',
    direction: 'increase',
    measurements: series(2018, [-0.01, 0, 0.01]),
    expected: { status: 'stable', slope: 0.01, relativeSlope: 0.01 },
  },
  {
    name: 'negative mean is divided by its absolute value',
    direction: 'increase',
    measurements: series(2018, [-10, -12, -14]),
    expected: { status: 'worsening', slope: -2, relativeSlope: -0.16666666666666666 },
  },
]

const insufficient: Trend = { status: 'insufficient_data', slope: null, relativeSlope: null }

describe('trend', () => {
  it.each(cases)('$name', ({ direction, measurements, expected }) => {
    const actual = trend(direction, measurements)
    expect(actual.status).toBe(expected.status)
    expect(actual.slope).toBeCloseTo(expected.slope as number, 10)
    expect(actual.relativeSlope).toBeCloseTo(expected.relativeSlope as number, 10)
  })

  it.each([
    { name: 'no points', measurements: [] },
    { name: 'one point', measurements: series(2020, [5]) },
    { name: 'two points', measurements: series(2020, [5, 50]) },
    {
      name: 'three points in one year',
      measurements: [
        { year: 2020, value: 1 },
        { year: 2020, value: 2 },
        { year: 2020, value: 3 },
      ],
    },
  ])('fewer than three usable points: $name', ({ measurements }) => {
    expect(trend('increase', measurements)).toEqual(insufficient)
  })
})
