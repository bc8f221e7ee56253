import { describe, expect, it } from 'vitest'

import type { ExportedFollowUp, ExportedGoal } from '../../src/app/export/follow-up-query'
import { csvRecords, exportFileName, exportJson } from '../../src/app/export/table'

const goal = (code: string, overrides: Partial<ExportedGoal>): ExportedGoal => ({
  milestoneGoal: { code, text: `Etappmål ${code}`, targetYear: 2025, focusArea: { title: 'Fossilfria resor och transporter' } },
  status: 'ON_TRACK',
  previousStatus: 'AT_RISK',
  change: 'IMPROVED',
  indicators: [],
  ...overrides,
})

const followUp: ExportedFollowUp = {
  programme: { slug: 'kmpp-2017', title: 'Klimat- och miljöpolitiskt program', years: [2018, 2019, 2020] },
  report: {
    year: 2020,
    goals: [
      goal('1.1', {
        indicators: [
          { name: 'Fossilfria drivmedel', unit: 'procent', series: [{ year: 2018, value: 61.5 }, { year: 2020, value: 72 }] },
          { name: 'Elbilar', unit: 'st', series: [{ year: 2020, value: 1250 }] },
        ],
      }),
      goal('1.2', { status: 'NOT_ASSESSED', previousStatus: null, change: 'NEW' }),
    ],
  },
}

describe('csvRecords', () => {
  const [headings, ...rows] = csvRecords(followUp)

  it('has Swedish headings and a column per year from the first indicator value to the report year', () => {
    expect(headings).toEqual(['Fokusområde', 'Kod', 'Etappmål', 'Målår', 'Bedömning 2020', 'Bedömning 2019', 'Förändring', '2018', '2019', '2020'])
  })

  it('gives each goal one row with its statuses and change in Swedish', () => {
    expect(rows.map((row) => row.slice(0, 7))).toEqual([
      ['Fossilfria resor och transporter', '1.1', 'Etappmål 1.1', '2025', 'På väg att uppnås', 'Risk att inte uppnås', 'Förbättrad'],
      ['Fossilfria resor och transporter', '1.2', 'Etappmål 1.2', '2025', 'Inte bedömt', '', 'Ny (ingen bedömning året innan)'],
    ])
  })

  it("holds each year's indicator values with name, decimal comma and unit, one per line", () => {
    expect(rows[0].slice(7)).toEqual(['Fossilfria drivmedel: 61,5 procent', '', 'Fossilfria drivmedel: 72 procent\nElbilar: 1250 st'])
    expect(rows[1].slice(7)).toEqual(['', '', ''])
  })

  it('has no year columns when no indicator has a value', () => {
    const withoutValues = { ...followUp, report: { ...followUp.report, goals: [goal('2.1', {})] } }
    expect(csvRecords(withoutValues)[0]).toHaveLength(7)
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
        { name: 'Fossilfria drivmedel', unit: 'procent', values: [{ year: 2018, value: 61.5 }, { year: 2020, value: 72 }] },
        { name: 'Elbilar', unit: 'st', values: [{ year: 2020, value: 1250 }] },
      ],
    })
    expect(json.goals[1]).toMatchObject({ code: '1.2', status: 'NOT_ASSESSED', previousStatus: null, change: 'NEW', indicators: [] })
  })
})

describe('exportFileName', () => {
  it('names the programme and the year', () => {
    expect(exportFileName(followUp, 'csv')).toBe('kmpp-2017-uppfoljning-2020.csv')
  })
})
