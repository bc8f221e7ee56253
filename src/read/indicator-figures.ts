import { type DataPoint, isOverdue, measurementsUpTo, progress, trend } from '../figures'
import type { Indicator, ValueSource } from './models'

type Point = DataPoint & { note: string | null; source: ValueSource | null; reference: string | null; recordedAt: string | null }

const point = (value: { year?: number | null; value?: number | null } | null | undefined): Point | null =>
  value && typeof value.year === 'number' && typeof value.value === 'number'
    ? { year: value.year, value: value.value, note: null, source: null, reference: null, recordedAt: null }
    : null

/**
 * The indicator's values, cut at the year of the report it was reached through, with notes in the
 * scope's language and where each came from.
 */
export function seriesOf(indicator: Indicator): Point[] {
  const { locale, asOfYear } = indicator.scope
  const all = (indicator.series ?? []).map(({ year, value, note, source, reference, recordedAt }) => ({
    year,
    value,
    note: note?.[locale] ?? note?.sv ?? null,
    source,
    reference: reference ?? null,
    recordedAt: recordedAt ?? null,
  }))
  return measurementsUpTo(all, asOfYear ?? Number.POSITIVE_INFINITY)
}

/** Whether the indicator's next value is late at `now` (src/figures/overdue.ts), whatever report it was reached through. */
export const overdueOf = (indicator: Pick<Indicator, 'nextValueDue' | 'series'>, now: Date) =>
  isOverdue({ nextValueDue: indicator.nextValueDue, values: indicator.series ?? [] }, now)

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
