/** The two reminders of a round: some days before its deadline, and once it has passed. */
export type ReminderOccasion = 'before-deadline' | 'after-deadline'

const DAY_MS = 24 * 60 * 60 * 1000

/** A date's day in Stockholm, as yyyy-mm-dd: the deadline is a day there, not an instant. */
export function dayOf(date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date)
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

/**
 * Which reminder is due today, if any: from `daysBefore` days before the deadline up to the
 * deadline itself the first one, after the deadline the second. Counting a window rather than one
 * day means a job that missed a day still sends it; each is sent once (see send.ts).
 */
export function dueOccasion(deadline: Date, now: Date, daysBefore: number): ReminderOccasion | null {
  const left = daysBetween(dayOf(now), dayOf(deadline))
  if (left < 0) return 'after-deadline'
  return left <= daysBefore ? 'before-deadline' : null
}

/** REMINDER_DAYS_BEFORE, or 7. */
export function reminderDaysBefore(env: Record<string, string | undefined> = process.env): number {
  const days = Number.parseInt(env.REMINDER_DAYS_BEFORE ?? '', 10)
  return Number.isInteger(days) && days >= 0 ? days : 7
}
