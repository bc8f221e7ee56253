import { describe, expect, it } from 'vitest'

import { seriesTrend } from '../../src/app/(public)/components/series-trend'

const series = (...values: Array<[number, number]>) => values.map(([year, value]) => ({ year, value }))

describe('seriesTrend', () => {
  it('tells a falling series with a falling target as moving towards it', () => {
    expect(seriesTrend({ series: series([2015, 40], [2020, 30]), direction: 'DECREASE', target: { year: 2030, value: 10 } })).toEqual({
      change: 'decreasing',
      since: 2015,
      heading: 'towards',
    })
  })

  it('tells a falling series that should rise as moving away from its target', () => {
    expect(seriesTrend({ series: series([2015, 40], [2020, 30]), direction: 'INCREASE', target: { year: 2030, value: 60 } })).toEqual({
      change: 'decreasing',
      since: 2015,
      heading: 'away',
    })
  })

  it('says when the latest value meets the target', () => {
    expect(seriesTrend({ series: series([2016, 31], [2020, 52]), direction: 'INCREASE', target: { year: 2020, value: 50 } })?.heading).toBe(
      'reached',
    )
  })

  it('judges against the desired direction without a target', () => {
    expect(seriesTrend({ series: series([2016, 3], [2020, 5]), direction: 'INCREASE', target: null })).toEqual({
      change: 'increasing',
      since: 2016,
      heading: 'towards',
    })
  })

  it('calls a change within half a per cent unchanged, heading nowhere', () => {
    expect(seriesTrend({ series: series([2016, 1000], [2020, 1004]), direction: 'DECREASE', target: { year: 2030, value: 500 } })).toEqual({
      change: 'unchanged',
      since: 2016,
      heading: null,
    })
  })

  it('has no trend with fewer than two values', () => {
    expect(seriesTrend({ series: series([2020, 5]), direction: 'INCREASE', target: null })).toBeNull()
    expect(seriesTrend({ series: [], direction: 'INCREASE', target: null })).toBeNull()
  })
})
