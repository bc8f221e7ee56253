import { describe, expect, it } from 'vitest'

import { type ChartFrame, seriesGeometry } from '../../src/app/(public)/components/chart-geometry'

// A plot area 100 wide (x 10..110) and 50 high (y 5..55).
const FRAME: ChartFrame = { width: 120, height: 80, margin: { top: 5, right: 10, bottom: 25, left: 10 } }

describe('seriesGeometry', () => {
  it('spans the years and values of the series, the oldest value at the left and the highest at the top', () => {
    const geometry = seriesGeometry(
      [
        { year: 2010, value: 10 },
        { year: 2015, value: 30 },
        { year: 2020, value: 20 },
      ],
      null,
      FRAME,
    )
    expect(geometry.plot).toEqual({ left: 10, right: 110, top: 5, bottom: 55 })
    expect(geometry.years).toEqual({ first: 2010, last: 2020 })
    expect(geometry.values).toEqual({ low: 10, high: 30 })
    expect(geometry.points.map(({ x, y }) => [x, y])).toEqual([
      [10, 55],
      [60, 5],
      [110, 30],
    ])
    expect(geometry.path).toBe('M10 55 L60 5 L110 30')
    expect(geometry.target).toBeNull()
  })

  it('widens the scales to a target beyond the series and draws its line across the plot', () => {
    const geometry = seriesGeometry(
      [
        { year: 2012, value: 8 },
        { year: 2016, value: 24 },
      ],
      { year: 2020, value: 48 },
      FRAME,
    )
    expect(geometry.years).toEqual({ first: 2012, last: 2020 })
    expect(geometry.values).toEqual({ low: 8, high: 48 })
    expect(geometry.points.map(({ x, y }) => [x, y])).toEqual([
      [10, 55],
      [60, 35],
    ])
    expect(geometry.target).toEqual({ year: 2020, value: 48, x: 110, y: 5, x1: 10, x2: 110 })
  })

  it('places a target below a falling series at the bottom', () => {
    const geometry = seriesGeometry(
      [
        { year: 2014, value: 0 },
        { year: 2020, value: -9 },
      ],
      { year: 2022, value: -10 },
      FRAME,
    )
    expect(geometry.values).toEqual({ low: -10, high: 0 })
    expect(geometry.target?.y).toBe(55)
    expect(geometry.points[1]).toMatchObject({ x: 85, y: 50 })
  })

  it('puts a single value in the middle of the plot', () => {
    const geometry = seriesGeometry([{ year: 2020, value: 40 }], null, FRAME)
    expect(geometry.years).toEqual({ first: 2020, last: 2020 })
    expect(geometry.values).toEqual({ low: 36, high: 44 })
    expect(geometry.points).toEqual([{ year: 2020, value: 40, x: 60, y: 30 }])
    expect(geometry.path).toBe('M60 30')
  })

  it('keeps a series of zeros inside the plot', () => {
    const geometry = seriesGeometry(
      [
        { year: 2019, value: 0 },
        { year: 2020, value: 0 },
      ],
      null,
      FRAME,
    )
    expect(geometry.values).toEqual({ low: -1, high: 1 })
    expect(geometry.points.map(({ y }) => y)).toEqual([30, 30])
  })

  it('draws nothing without values, but the target when there is one', () => {
    expect(seriesGeometry([], null, FRAME)).toMatchObject({ points: [], path: '', target: null })
    const onlyTarget = seriesGeometry([], { year: 2025, value: 100 }, FRAME)
    expect(onlyTarget.path).toBe('')
    expect(onlyTarget.target).toMatchObject({ x: 60, y: 30 })
  })

  it('rounds coordinates to hundredths', () => {
    const geometry = seriesGeometry(
      [
        { year: 2017, value: 1 },
        { year: 2018, value: 2 },
        { year: 2020, value: 4 },
      ],
      null,
      FRAME,
    )
    expect(geometry.points.map(({ x, y }) => [x, y])).toEqual([
      [10, 55],
      [43.33, 38.33],
      [110, 5],
    ])
  })
})

describe('seriesGeometry axis labels', () => {
  it('places round values on the value axis and several years on the year axis', () => {
    const geometry = seriesGeometry(
      [
        { year: 2012, value: 8 },
        { year: 2016, value: 24 },
      ],
      { year: 2020, value: 48 },
      FRAME,
    )
    // Values 8..48 over y 55..5.
    expect(geometry.valueTicks).toEqual([
      { value: 10, y: 52.5 },
      { value: 20, y: 40 },
      { value: 30, y: 27.5 },
      { value: 40, y: 15 },
    ])
    expect(geometry.yearTicks).toEqual([
      { year: 2012, x: 10 },
      { year: 2014, x: 35 },
      { year: 2016, x: 60 },
      { year: 2018, x: 85 },
      { year: 2020, x: 110 },
    ])
  })

  it('has no labels without values', () => {
    expect(seriesGeometry([], null, FRAME)).toMatchObject({ valueTicks: [], yearTicks: [] })
  })
})
