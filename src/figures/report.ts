import { GOAL_STATUSES, type GoalStatus } from './status'

export type StatusCount = { status: GoalStatus; count: number }

/** A goal's status in one year, as its assessment of that year gives it. */
export type YearStatus = { year: number; status: GoalStatus }

/** All five statuses in fixed order, zeros included; the counts sum to the number of goals. */
export function statusCounts(statuses: readonly GoalStatus[]): StatusCount[] {
  return GOAL_STATUSES.map((status) => ({
    status,
    count: statuses.filter((candidate) => candidate === status).length,
  }))
}

function countOf(counts: readonly StatusCount[], status: GoalStatus): number {
  return counts.filter((entry) => entry.status === status).reduce((sum, entry) => sum + entry.count, 0)
}

export function assessedCount(counts: readonly StatusCount[]): number {
  const total = counts.reduce((sum, entry) => sum + entry.count, 0)
  return total - countOf(counts, 'not_assessed')
}

/** Share of assessed goals that are achieved or on track; null when none is assessed. */
export function shareAchievedOrOnTrack(counts: readonly StatusCount[]): number | null {
  const assessed = assessedCount(counts)
  if (assessed === 0) return null
  return (countOf(counts, 'achieved') + countOf(counts, 'on_track')) / assessed
}

export function goalStatusForYear(statuses: readonly YearStatus[], year: number): GoalStatus {
  return statuses.find((entry) => entry.year === year)?.status ?? 'not_assessed'
}

export function previousStatus(statuses: readonly YearStatus[], year: number): GoalStatus | null {
  return statuses.find((entry) => entry.year === year - 1)?.status ?? null
}

export function isDueThisYear(targetYear: number | null | undefined, year: number): boolean {
  return targetYear === year
}
