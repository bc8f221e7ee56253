/**
 * The columns that describe an indicator in the CSV exports, shared by the follow-up export and
 * the per-indicator download: its name, unit and desired direction, its baseline and target each
 * as a value and a year, then one numeric column per year headed by the year alone, so that a
 * spreadsheet can sum and chart the values.
 */
import type { ExportedIndicatorFragment } from '../api-client/operations'
import { directionLabel } from '../labels'
import type { CsvCell } from './csv'

/** An indicator as the exports read it from /graphql. */
export type ExportedIndicator = ExportedIndicatorFragment

export const INDICATOR_HEADINGS = ['Indikator', 'Enhet', 'Önskad riktning', 'Basvärde', 'Basvärdets år', 'Målvärde', 'Målvärdets år']

/** The indicator's cells under INDICATOR_HEADINGS; empty cells for a goal without indicators. */
export function indicatorCells(indicator: ExportedIndicator | null): CsvCell[] {
  if (!indicator) return INDICATOR_HEADINGS.map(() => null)
  const { name, unit, direction, baseline, target } = indicator
  return [
    name,
    unit,
    directionLabel(direction),
    baseline?.value ?? null,
    baseline?.year ?? null,
    target?.value ?? null,
    target?.year ?? null,
  ]
}

/** Every year from the first value of any of the indicators up to `lastYear` (by default the last value). */
export function seriesYears(indicators: ExportedIndicator[], lastYear?: number): number[] {
  const years = indicators.flatMap((indicator) => indicator.series.map((point) => point.year))
  if (years.length === 0) return []
  const first = Math.min(...years)
  const last = lastYear ?? Math.max(...years)
  return Array.from({ length: last - first + 1 }, (_, index) => first + index)
}

/** The indicator's value of each year, as a number, or an empty cell for a year without one. */
export function seriesCells(indicator: ExportedIndicator | null, years: number[]): CsvCell[] {
  const values = new Map(indicator?.series.map((point) => [point.year, point.value]))
  return years.map((year) => values.get(year) ?? null)
}

/** The indicator with English keys and numeric values, for the JSON exports. */
export function indicatorJson({ id, name, unit, direction, baseline, target, source, series }: ExportedIndicator) {
  return { id, name, unit, direction, baseline, target, source, values: series }
}

export type IndicatorJson = ReturnType<typeof indicatorJson>
