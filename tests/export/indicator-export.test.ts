import { describe, expect, it } from 'vitest'

import { toCsv } from '../../src/app/export/csv'
import { type ExportedIndicator, indicatorJson } from '../../src/app/export/indicator-columns'
import { indicatorCsvRecords, indicatorFileName } from '../../src/app/export/indicator-export'
import { excelSum, parseCsv } from './parse-csv'

const indicator: ExportedIndicator = {
  id: '6f1c2a9e-0000-4000-8000-000000000001',
  name: 'Energianvändning i kommunens lokaler',
  unit: 'kWh/m²',
  direction: 'DECREASE',
  source: 'Energiuppföljning; fastighetsavdelningen',
  baseline: { year: 2015, value: 182.4 },
  target: { year: 2030, value: 120 },
  series: [
    { year: 2015, value: 182.4 },
    { year: 2016, value: 175.1 },
    { year: 2018, value: 160.25 },
  ],
}

describe('indicatorCsvRecords', () => {
  const records = indicatorCsvRecords(indicator)

  it('has the follow-up export’s indicator columns, the source, and a numeric column per year from the first value to the last', () => {
    expect(records).toEqual([
      [
        'Indikator',
        'Enhet',
        'Önskad riktning',
        'Basvärde',
        'Basvärdets år',
        'Målvärde',
        'Målvärdets år',
        'Källa',
        '2015',
        '2016',
        '2017',
        '2018',
      ],
      [
        'Energianvändning i kommunens lokaler',
        'kWh/m²',
        'Minska',
        182.4,
        2015,
        120,
        2030,
        'Energiuppföljning; fastighetsavdelningen',
        182.4,
        175.1,
        null,
        160.25,
      ],
    ])
  })

  it('reads back from the CSV with values Swedish Excel sums to the series’ total', () => {
    const [headings, row] = parseCsv(toCsv(records).slice(1))
    const yearCells = row.slice(headings.indexOf('2015'))
    expect(yearCells).toEqual(['182,4', '175,1', '', '160,25'])
    expect(excelSum(yearCells)).toBeCloseTo(182.4 + 175.1 + 160.25, 10)
    expect(row[headings.indexOf('Källa')]).toBe('Energiuppföljning; fastighetsavdelningen')
  })

  it('has only the metadata columns for an indicator without values', () => {
    expect(indicatorCsvRecords({ ...indicator, series: [] })[0]).toHaveLength(8)
  })
})

describe('indicatorJson', () => {
  it('gives the metadata and the series with English keys and numbers', () => {
    expect(indicatorJson(indicator)).toEqual({
      id: indicator.id,
      name: 'Energianvändning i kommunens lokaler',
      unit: 'kWh/m²',
      direction: 'DECREASE',
      baseline: { year: 2015, value: 182.4 },
      target: { year: 2030, value: 120 },
      source: 'Energiuppföljning; fastighetsavdelningen',
      values: indicator.series,
    })
  })
})

describe('indicatorFileName', () => {
  it('names the indicator by its ID', () => {
    expect(indicatorFileName(indicator, 'json')).toBe(`indikator-${indicator.id}.json`)
  })
})
