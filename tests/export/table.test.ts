import { describe, expect, it } from 'vitest'

import { actionCsvRecords } from '../../src/app/export/action-table'
import { toCsv } from '../../src/app/export/csv'
import type { ExportedFollowUp, ExportedGoal } from '../../src/app/export/follow-up-query'

type ExportedAction = ExportedGoal['actions'][number]

import type { ExportedIndicator } from '../../src/app/export/indicator-columns'
import { csvRecords, exportFileName, exportJson } from '../../src/app/export/table'
import { excelSum, parseCsv, swedishExcelValue } from './parse-csv'

const goal = (code: string, overrides: Partial<ExportedGoal>): ExportedGoal => ({
  milestoneGoal: { code, text: `Etappmål ${code}`, targetYear: 2025, focusArea: { title: 'Fossilfria resor och transporter' } },
  status: 'ON_TRACK',
  previousStatus: 'AT_RISK',
  change: 'IMPROVED',
  indicators: [],
  actions: [],
  ...overrides,
})

const fuel: ExportedIndicator = {
  id: 'fuel',
  name: 'Andel inköpt fossilfritt drivmedel',
  unit: 'procent',
  direction: 'INCREASE',
  source: 'Kommunens inköpssystem',
  baseline: { year: 2016, value: 8 },
  target: { year: 2025, value: 100 },
  series: [
    { year: 2016, value: 8 },
    { year: 2018, value: 61.5 },
    { year: 2020, value: 72.25 },
  ],
}
const emissions: ExportedIndicator = {
  id: 'emissions',
  name: 'Förändring av utsläpp',
  unit: 'procent',
  direction: 'DECREASE',
  source: null,
  baseline: null,
  target: null,
  series: [
    { year: 2019, value: -3.5 },
    { year: 2020, value: -0.75 },
  ],
}

const charging: ExportedAction = {
  slug: 'laddstolpar',
  title: 'Laddstolpar vid förskolor; etapp 1',
  state: 'ONGOING',
  startYear: 2018,
  endYear: null,
  responsible: [
    { slug: 'kommunstyrelseforvaltningen', name: 'Kommunstyrelseförvaltningen' },
    { slug: 'tornberget', name: 'Tornberget' },
  ],
  update: 'Tolv stolpar uppsatta.',
}
const cycling: ExportedAction = {
  slug: 'cykel',
  title: 'Cykelkampanj',
  state: 'CANCELLED',
  startYear: 2019,
  endYear: 2020,
  responsible: [],
  update: null,
}

const followUp: ExportedFollowUp = {
  programme: { slug: 'kmpp-2017', title: 'Klimat- och miljöpolitiskt program', years: [2018, 2019, 2020] },
  report: {
    year: 2020,
    goals: [
      goal('1.1', { indicators: [fuel, emissions], actions: [charging, cycling] }),
      goal('1.2', { status: 'NOT_ASSESSED', previousStatus: null, change: 'NEW' }),
    ],
  },
}

const INDICATOR_HEADINGS = ['Indikator', 'Enhet', 'Önskad riktning', 'Basvärde', 'Basvärdets år', 'Målvärde', 'Målvärdets år']

describe('csvRecords', () => {
  const [headings, ...rows] = csvRecords(followUp)

  it('has Swedish headings, then a column per year headed by the year alone, from the first indicator value to the report year', () => {
    expect(headings).toEqual([
      'Kod',
      'Etappmål',
      'Bedömning 2020',
      'Bedömning 2019',
      'Förändring',
      ...INDICATOR_HEADINGS,
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
    ])
  })

  it("gives each goal a row per indicator with the goal's statuses and change in Swedish, and a goal without indicators one row", () => {
    expect(rows.map((row) => row.slice(0, 6))).toEqual([
      ['1.1', 'Etappmål 1.1', 'På väg att uppnås', 'Risk att inte uppnås', 'Förbättrad', 'Andel inköpt fossilfritt drivmedel'],
      ['1.1', 'Etappmål 1.1', 'På väg att uppnås', 'Risk att inte uppnås', 'Förbättrad', 'Förändring av utsläpp'],
      ['1.2', 'Etappmål 1.2', 'Inte bedömt', null, 'Ny (ingen bedömning året innan)', null],
    ])
    expect(rows.every((row) => row.length === headings.length)).toBe(true)
  })

  it('describes each indicator: unit, direction, baseline and target as numbers with their years, empty when missing', () => {
    expect(rows.map((row) => row.slice(5, 12))).toEqual([
      ['Andel inköpt fossilfritt drivmedel', 'procent', 'Öka', 8, 2016, 100, 2025],
      ['Förändring av utsläpp', 'procent', 'Minska', null, null, null, null],
      [null, null, null, null, null, null, null],
    ])
  })

  it("holds each indicator's value of a year as a number in that year's column, empty for a year without one", () => {
    expect(rows.map((row) => row.slice(12))).toEqual([
      [8, null, 61.5, null, 72.25],
      [null, null, null, -3.5, -0.75],
      [null, null, null, null, null],
    ])
  })

  it('reads back from the CSV as numbers Swedish Excel can sum', () => {
    const [csvHeadings, ...csvRows] = parseCsv(toCsv(csvRecords(followUp)).slice(1))
    const column = (heading: string) => csvRows.map((row) => row[csvHeadings.indexOf(heading)])
    expect(column('2020')).toEqual(['72,25', '-0,75', ''])
    expect(excelSum(column('2020'))).toBe(71.5)
    expect(excelSum(column('2019'))).toBe(-3.5)
    expect(excelSum(column('Målvärde'))).toBe(100)
    for (const year of ['2016', '2017', '2018', '2019', '2020', 'Basvärde', 'Basvärdets år', 'Målvärde', 'Målvärdets år']) {
      expect(
        column(year).every((cell) => cell === '' || typeof swedishExcelValue(cell) === 'number'),
        year,
      ).toBe(true)
    }
  })

  it('has no year columns when no indicator has a value', () => {
    const withoutValues = { ...followUp, report: { ...followUp.report, goals: [goal('2.1', {})] } }
    expect(csvRecords(withoutValues)[0]).toHaveLength(5 + INDICATOR_HEADINGS.length)
  })
})

describe('exportJson', () => {
  it('holds the same goals with English keys, API enum values and numbers', () => {
    const json = exportJson(followUp)
    expect(json.programme).toEqual({ slug: 'kmpp-2017', title: 'Klimat- och miljöpolitiskt program' })
    expect(json.year).toBe(2020)
    expect(json.goals[0]).toEqual({
      focusArea: 'Fossilfria resor och transporter',
      code: '1.1',
      text: 'Etappmål 1.1',
      targetYear: 2025,
      status: 'ON_TRACK',
      previousStatus: 'AT_RISK',
      change: 'IMPROVED',
      indicators: [
        {
          id: 'fuel',
          name: 'Andel inköpt fossilfritt drivmedel',
          unit: 'procent',
          direction: 'INCREASE',
          baseline: { year: 2016, value: 8 },
          target: { year: 2025, value: 100 },
          source: 'Kommunens inköpssystem',
          values: fuel.series,
        },
        {
          id: 'emissions',
          name: 'Förändring av utsläpp',
          unit: 'procent',
          direction: 'DECREASE',
          baseline: null,
          target: null,
          source: null,
          values: emissions.series,
        },
      ],
      actions: [
        {
          slug: 'laddstolpar',
          title: 'Laddstolpar vid förskolor; etapp 1',
          state: 'ONGOING',
          startYear: 2018,
          endYear: null,
          responsible: ['Kommunstyrelseförvaltningen', 'Tornberget'],
          update: 'Tolv stolpar uppsatta.',
        },
        { slug: 'cykel', title: 'Cykelkampanj', state: 'CANCELLED', startYear: 2019, endYear: 2020, responsible: [], update: null },
      ],
    })
    expect(json.goals[1]).toMatchObject({
      code: '1.2',
      status: 'NOT_ASSESSED',
      previousStatus: null,
      change: 'NEW',
      indicators: [],
      actions: [],
    })
  })
})

describe('actionCsvRecords', () => {
  const records = actionCsvRecords(followUp)

  it("has Swedish headings and a row per goal and action, with the state in Swedish and the year's update", () => {
    expect(records).toEqual([
      ['Kod', 'Etappmål', 'Åtgärd', 'Läge', 'Startår', 'Slutår', 'Ansvariga', 'Vad som gjordes 2020'],
      [
        '1.1',
        'Etappmål 1.1',
        'Laddstolpar vid förskolor; etapp 1',
        'Pågår',
        2018,
        null,
        'Kommunstyrelseförvaltningen, Tornberget',
        'Tolv stolpar uppsatta.',
      ],
      ['1.1', 'Etappmål 1.1', 'Cykelkampanj', 'Avbruten', 2019, 2020, '', null],
    ])
  })

  it('reads back from the CSV with its years as numbers', () => {
    const [, first] = parseCsv(toCsv(records).slice(1))
    expect(first[2]).toBe('Laddstolpar vid förskolor; etapp 1')
    expect(swedishExcelValue(first[4])).toBe(2018)
    expect(first[5]).toBe('')
  })
})

describe('exportFileName', () => {
  it('names the programme and the year', () => {
    expect(exportFileName(followUp, 'csv')).toBe('kmpp-2017-uppfoljning-2020.csv')
    expect(exportFileName(followUp, 'csv', 'atgarder')).toBe('kmpp-2017-atgarder-2020.csv')
  })
})
