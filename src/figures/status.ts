/** A goal's statuses in the order the admin, the API's GoalStatus enum and every count list them. */
export const GOAL_STATUSES = ['achieved', 'on_track', 'at_risk', 'not_achieved', 'not_assessed'] as const

export type GoalStatus = (typeof GOAL_STATUSES)[number]

export type StatusChange = 'new' | 'unchanged' | 'reassessed' | 'improved' | 'worsened'

const RANK: Record<Exclude<GoalStatus, 'not_assessed'>, number> = {
  achieved: 4,
  on_track: 3,
  at_risk: 2,
  not_achieved: 1,
}

/**
 * What each change means, as the API describes it: a goal NOT_ASSESSED in both years has the
 * same status as the year before, so it is unchanged; only a goal assessed in exactly one of the
 * two years cannot be compared.
 */
export const STATUS_CHANGE_DEFINITIONS: Record<StatusChange, string> = {
  new: 'There was no assessment the year before.',
  unchanged: 'The same status as the year before, NOT_ASSESSED in both years included.',
  reassessed: 'NOT_ASSESSED in exactly one of the two years, so the two cannot be compared.',
  improved: 'Better than the year before (achieved > on track > at risk > not achieved).',
  worsened: 'Worse than the year before.',
}

export function statusChange(current: GoalStatus, previous: GoalStatus | null | undefined): StatusChange {
  if (previous == null) return 'new'
  if (current === previous) return 'unchanged'
  if (current === 'not_assessed' || previous === 'not_assessed') return 'reassessed'
  return RANK[current] > RANK[previous] ? 'improved' : 'worsened'
}
