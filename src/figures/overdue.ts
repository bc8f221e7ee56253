/** A day as YYYY-MM-DD (UTC), the form the API gives dates in; an ISO 8601 time is cut to its day. */
export const dayOf = (time: string | Date): string => (typeof time === 'string' ? time : time.toISOString()).slice(0, 10)

/**
 * When the value after `year`'s is due. Yearly statistics for a year come out during the year
 * after it, so the value for `year + 1` is expected in `year + 2`: by 1 July of that year.
 */
export function nextValueDueAfter(year: number): string {
  return `${year + 2}-07-01`
}

export type OverdueInput = {
  /** When the next value is due (a date or ISO 8601 time); no due date, never overdue. */
  nextValueDue?: string | null
  /** The indicator's values with when each was recorded (unknown for values stored before that was kept). */
  values: ReadonlyArray<{ recordedAt?: string | null }>
}

/**
 * Overdue: the due day has passed (it is before `now`'s day, in UTC) and no value was recorded on
 * or after the due day.
 */
export function isOverdue({ nextValueDue, values }: OverdueInput, now: Date): boolean {
  if (!nextValueDue) return false
  const due = dayOf(nextValueDue)
  if (due >= dayOf(now)) return false
  return !values.some(({ recordedAt }) => recordedAt && dayOf(recordedAt) >= due)
}
