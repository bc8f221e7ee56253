import { describe, expect, it } from 'vitest'

import { valueProvenance } from '../../src/app/(public)/components/value-provenance'

const kolada = (year: number) => `https://api.kolada.se/v3/data/kpi/N00401/municipality/0136/year/${year}`

describe('valueProvenance', () => {
  it('names each kind of source once, the files read and the latest Kolada URL, and the latest time of recording', () => {
    expect(
      valueProvenance([
        { year: 2021, source: 'KOLADA', reference: kolada(2021), recordedAt: '2026-03-01T08:00:00.000Z' },
        { year: 2019, source: 'SPREADSHEET', reference: 'varden.xlsx', recordedAt: '2026-05-01T08:00:00.000Z' },
        { year: 2018, source: 'MANUAL', reference: null, recordedAt: '2025-01-01T08:00:00.000Z' },
        { year: 2020, source: 'KOLADA', reference: kolada(2020), recordedAt: '2026-02-01T08:00:00.000Z' },
        { year: 2017, source: 'SPREADSHEET', reference: 'varden.xlsx', recordedAt: null },
        { year: 2016, source: 'SPREADSHEET', reference: 'aldre.csv', recordedAt: null },
      ]),
    ).toEqual({
      parts: [
        { source: 'MANUAL' },
        { source: 'SPREADSHEET', files: ['aldre.csv', 'varden.xlsx'] },
        { source: 'KOLADA', href: kolada(2021) },
      ],
      lastUpdated: '2026-05-01T08:00:00.000Z',
    })
  })

  it('says nothing for a chart without values, and no time when none was kept', () => {
    expect(valueProvenance([])).toEqual({ parts: [], lastUpdated: null })
    expect(valueProvenance([{ year: 2020, source: 'MANUAL', reference: null, recordedAt: null }])).toEqual({
      parts: [{ source: 'MANUAL' }],
      lastUpdated: null,
    })
  })
})
