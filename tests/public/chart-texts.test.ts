import { describe, expect, it } from 'vitest'

import { CHART_TEXTS, seriesSummary, trendSentence } from '../../src/app/(public)/components/chart-texts'

const fuel = {
  unit: 'procent',
  series: [
    { year: 2015, value: 22 },
    { year: 2020, value: 48 },
  ],
  target: { year: 2020, value: 50 },
}

describe('seriesSummary', () => {
  it('gives the first and latest value, the target and the trend, in Swedish', () => {
    expect(seriesSummary(fuel, { change: 'increasing', since: 2015, heading: 'towards' }, CHART_TEXTS.sv)).toEqual([
      'Första värdet: 22 procent (2015).',
      'Senaste värdet: 48 procent (2020).',
      'Målvärde: 50 procent till 2020.',
      'Ökar sedan 2015, mot målet.',
    ])
  })

  it('and in English', () => {
    expect(seriesSummary(fuel, { change: 'increasing', since: 2015, heading: 'towards' }, CHART_TEXTS.en)).toEqual([
      'First value: 22 procent (2015).',
      'Latest value: 48 procent (2020).',
      'Target: 50 procent by 2020.',
      'Increasing since 2015, towards the target.',
    ])
  })

  it('says when there are no values or no target', () => {
    expect(seriesSummary({ ...fuel, series: [], target: null }, null, CHART_TEXTS.sv)).toEqual(['Inga värden ännu.', 'Inget målvärde.'])
    expect(seriesSummary({ ...fuel, series: [{ year: 2020, value: 48 }] }, null, CHART_TEXTS.sv)).toEqual([
      'Första värdet: 48 procent (2020).',
      'Målvärde: 50 procent till 2020.',
    ])
  })
})

describe('trendSentence', () => {
  it('words the heading against the desired direction when there is no target', () => {
    expect(trendSentence({ change: 'decreasing', since: 2015, heading: 'away' }, false, CHART_TEXTS.sv)).toBe(
      'Minskar sedan 2015, åt fel håll.',
    )
    expect(trendSentence({ change: 'unchanged', since: 2017, heading: null }, true, CHART_TEXTS.sv)).toBe('Oförändrat sedan 2017.')
    expect(trendSentence({ change: 'increasing', since: 2016, heading: 'reached' }, true, CHART_TEXTS.sv)).toBe(
      'Ökar sedan 2016, målvärdet är nått.',
    )
  })
})
