import { type DataPoint, measurementsUpTo, progress, trend } from '../figures'
import type { Indicator } from './models'

type Point = DataPoint & { note: string | null }

const point = (value: { year?: number | null; value?: number | null } | null | undefined): Point | null =>
  value && typeof value.year === 'number' && typeof value.value === 'number' ? { year: value.year, value: value.value, note: null } : null

/** The indicator's values, cut at the year of the report it was reached through, with notes in the scope's language. */
export function seriesOf(indicator: Indicator): Point[] {
  const { locale, asOfYear } = indicator.scope
  const all = (indicator.series ?? []).map(({ year, value, note }) => ({ year, value, note: note?.[locale] ?? note?.sv ?? null }))
  return measurementsUpTo(all, asOfYear ?? Number.POSITIVE_INFINITY)
}

export const baselineOf = (indicator: Indicator) => point(indicator.baseline)
export const targetOf = (indicator: Indicator) => point(indicator.target)

export function progressOf(indicator: Indicator) {
  return progress({
    direction: indicator.direction,
    baseline: baselineOf(indicator),
    target: targetOf(indicator),
    measurements: seriesOf(indicator),
  })
}

export const trendOf = (indicator: Indicator) => trend(indicator.direction, seriesOf(indicator))
