/** A day as YYYY-MM-DD (UTC), the form the API gives dates in; an ISO 8601 time is cut to its day. */
export const dayOf = (time: string | Date): string => (typeof time === 'string' ? time : time.toISOString()).slice(0, 10)

/**
 * When the value after `year`'s is due. Yearly statistics for a year come out during the year
 * after it, so the value for `year + 1` is expected in `year + 2`: by 1 July of that year.
 */
export function nextValueDueAfter(year: number): string {
  return `${year + 2}-07-01`
}

/** The year whose value is expected by a due day: the year before it, as in nextValueDueAfter. */
export const yearDueBy = (nextValueDue: string): number => Number(dayOf(nextValueDue).slice(0, 4)) - 1

export type OverdueInput = {
  /** When the next value is due (a date or ISO 8601 time); no due date, never overdue. */
  nextValueDue?: string | null
  /** The indicator's values. */
  values: ReadonlyArray<{ year: number }>
}

/**
 * Overdue: the due day has passed (it is before `now`'s day, in UTC) and there is no value newer
 * than the ones the due day waits beyond, that is none for the year before the due day's year
 * (yearDueBy) or later. Years, not times of recording: correcting an old value, or typing in old
 * values late, does not bring the value that is due.
 */
export function isOverdue({ nextValueDue, values }: OverdueInput, now: Date): boolean {
  if (!nextValueDue || dayOf(nextValueDue) >= dayOf(now)) return false
  const expected = yearDueBy(nextValueDue)
  return !values.some(({ year }) => year >= expected)
}
