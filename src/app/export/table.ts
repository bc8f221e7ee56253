/**
 * The follow-up export: one row per milestone goal, in code order, with
 *
 *   Fokusområde; Kod; Etappmål; Målår; Bedömning {year}; Bedömning {year - 1}; Förändring;
 *   then one column per year, from the first year any of the goals' indicators has a value up to
 *   {year}, each holding that year's values of the goal's indicators, one per line, as
 *   "Indicator name: value unit" (decimal comma).
 *
 * A person reading it in Excel sees each goal's assessment and how its indicators developed on
 * one line. The JSON export holds the same rows with English keys, API enum values and numbers.
 */
import type { ExportedFollowUp, ExportedGoal } from './follow-up-query'
import { changeLabel, statusLabel } from '../labels'

export type ExportJson = {
  programme: { slug: string; title: string }
  year: number
  goals: Array<{
    focusArea: string
    code: string
    text: string
    targetYear: number
    status: ExportedGoal['status']
    previousStatus: ExportedGoal['previousStatus']
    change: ExportedGoal['change']
    indicators: Array<{ name: string; unit: string; values: Array<{ year: number; value: number }> }>
  }>
}

export function exportJson({ programme, report }: ExportedFollowUp): ExportJson {
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
      indicators: goal.indicators.map(({ name, unit, series }) => ({ name, unit, values: series })),
    })),
  }
}

const decimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 6, useGrouping: false })

/** The years from the first indicator value to the report's year. */
function valueYears({ report }: ExportedFollowUp): number[] {
  const years = report.goals.flatMap((goal) => goal.indicators.flatMap((indicator) => indicator.series.map((point) => point.year)))
  if (years.length === 0) return []
  const first = Math.min(...years)
  return Array.from({ length: report.year - first + 1 }, (_, index) => first + index)
}

function indicatorValues(goal: ExportedGoal, year: number): string {
  return goal.indicators
    .flatMap(({ name, unit, series }) => {
      const point = series.find((candidate) => candidate.year === year)
      return point ? [`${name}: ${decimal.format(point.value)} ${unit}`] : []
    })
    .join('\n')
}

/** The CSV's records: Swedish headings, then one record per goal. */
export function csvRecords(followUp: ExportedFollowUp): string[][] {
  const { year, goals } = followUp.report
  const years = valueYears(followUp)
  const headings = ['Fokusområde', 'Kod', 'Etappmål', 'Målår', `Bedömning ${year}`, `Bedömning ${year - 1}`, 'Förändring', ...years.map(String)]
  const rows = goals.map((goal) => [
    goal.milestoneGoal.focusArea.title,
    goal.milestoneGoal.code,
    goal.milestoneGoal.text,
    String(goal.milestoneGoal.targetYear),
    statusLabel(goal.status),
    goal.previousStatus ? statusLabel(goal.previousStatus) : '',
    changeLabel(goal.change),
    ...years.map((valueYear) => indicatorValues(goal, valueYear)),
  ])
  return [headings, ...rows]
}

/** E.g. kmpp-2017-uppfoljning-2020.csv */
export function exportFileName({ programme, report }: ExportedFollowUp, extension: 'csv' | 'json'): string {
  return `${programme.slug}-uppfoljning-${report.year}.${extension}`
}
