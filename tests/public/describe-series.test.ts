import { describe, expect, it } from 'vitest'

import { describeSeries } from '../../src/app/(public)/components/describe-series'

const fuel = { name: 'Andel fossilfritt drivmedel', unit: 'procent', direction: 'INCREASE' as const }

describe('describeSeries', () => {
  it('names the first and the last value, the target and the desired direction', () => {
    const text = describeSeries({
      ...fuel,
      series: [
        { year: 2012, value: 8 },
        { year: 2016, value: 19.5 },
        { year: 2020, value: 48 },
      ],
      target: { year: 2025, value: 100 },
    })
    expect(text).toBe('Andel fossilfritt drivmedel (procent): från 8 år 2012 till 48 år 2020. Målvärde 100 år 2025. Värdet ska öka.')
  })

  it('writes numbers the Swedish way and says when there is no target', () => {
    const text = describeSeries({
      name: 'Energianvändning',
      unit: 'kWh/m²',
      direction: 'DECREASE',
      series: [
        { year: 2009, value: 1234.5 },
        { year: 2020, value: -0.25 },
      ],
      target: null,
    })
    expect(text).toBe('Energianvändning (kWh/m²): från 1\u00a0234,5 år 2009 till \u22120,25 år 2020. Inget målvärde. Värdet ska minska.')
  })

  it('describes a single value, and a series without values', () => {
    expect(describeSeries({ ...fuel, series: [{ year: 2020, value: 48 }], target: null })).toBe(
      'Andel fossilfritt drivmedel (procent): 48 år 2020. Inget målvärde. Värdet ska öka.',
    )
    expect(describeSeries({ ...fuel, series: [], target: { year: 2025, value: 100 } })).toBe(
      'Andel fossilfritt drivmedel (procent): inga värden ännu. Målvärde 100 år 2025. Värdet ska öka.',
    )
  })

  it('says the same in English on English pages, with English numbers', () => {
    const text = describeSeries(
      {
        name: 'Share of fossil-free fuel',
        unit: 'per cent',
        direction: 'INCREASE',
        series: [
          { year: 2012, value: 1234.5 },
          { year: 2020, value: 48 },
        ],
        target: null,
      },
      'en',
    )
    expect(text).toBe(
      'Share of fossil-free fuel (per cent): from 1,234.5 in 2012 to 48 in 2020. No target value. The value should increase.',
    )
  })
})
