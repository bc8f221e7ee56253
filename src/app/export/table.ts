/**
 * The follow-up export: one row per milestone goal and indicator, in code order, with
 *
 *   Kod; Etappmål; Bedömning {year}; Bedömning {year - 1}; Förändring;
 *   Indikator; Enhet; Önskad riktning; Basvärde; Basvärdets år; Målvärde; Målvärdets år;
 *   then one column per year, headed by the year alone, from the first year any indicator has a
 *   value up to {year}, each holding the indicator's value that year as a number.
 *
 * A goal without indicators has one row with empty indicator cells. Each value is a cell of its
 * own, so a spreadsheet can sum, filter and chart them. The JSON export holds the same goals with
 * English keys, API enum values and numbers, each goal with its indicators and its actions
 * (action-table.ts, which also makes the actions' CSV).
 */

import { changeLabel, statusLabel } from '../labels'
import { actionJson } from './action-table'
import type { CsvCell } from './csv'
import type { ExportedFollowUp } from './follow-up-query'
import { INDICATOR_HEADINGS, indicatorCells, indicatorJson, seriesCells, seriesYears } from './indicator-columns'

export function exportJson({ programme, report }: ExportedFollowUp) {
  return {
    programme: { slug: programme.slug, title: programme.title },
    year: report.year,
    goals: report.goals.map((goal) => ({
      focusArea: goal.milestoneGoal.focusArea.title,
      code: goal.milestoneGoal.code,
      text: goal.milestoneGoal.text,
      targetYear: goal.milestoneGoal.targetYear,
      status: goal.status,
      previousStatus: goal.previousStatus,
      change: goal.change,
      indicators: goal.indicators.map(indicatorJson),
      actions: goal.actions.map(actionJson),
    })),
  }
}

export type ExportJson = ReturnType<typeof exportJson>

/** The CSV's records: Swedish headings, then one record per goal and indicator. */
export function csvRecords(followUp: ExportedFollowUp): CsvCell[][] {
  const { year, goals } = followUp.report
  const years = seriesYears(
    goals.flatMap((goal) => goal.indicators),
    year,
  )
  const headings = [
    'Kod',
    'Etappmål',
    `Bedömning ${year}`,
    `Bedömning ${year - 1}`,
    'Förändring',
    ...INDICATOR_HEADINGS,
    ...years.map(String),
  ]
  const rows = goals.flatMap((goal) => {
    const assessment = [
      goal.milestoneGoal.code,
      goal.milestoneGoal.text,
      statusLabel(goal.status),
      goal.previousStatus ? statusLabel(goal.previousStatus) : null,
      changeLabel(goal.change),
    ]
    const indicators = goal.indicators.length > 0 ? goal.indicators : [null]
    return indicators.map((indicator) => [...assessment, ...indicatorCells(indicator), ...seriesCells(indicator, years)])
  })
  return [headings, ...rows]
}

/** E.g. kmpp-2017-uppfoljning-2020.csv, or with `part` kmpp-2017-atgarder-2020.csv */
export function exportFileName({ programme, report }: ExportedFollowUp, extension: 'csv' | 'json', part = 'uppfoljning'): string {
  return `${programme.slug}-${part}-${report.year}.${extension}`
}
