export type GoalStatus = 'achieved' | 'on_track' | 'at_risk' | 'not_achieved' | 'not_assessed'

export type StatusChange = 'new' | 'unchanged' | 'reassessed' | 'improved' | 'worsened'

export const GOAL_STATUSES: readonly GoalStatus[] = [
  'achieved',
  'on_track',
  'at_risk',
  'not_achieved',
  'not_assessed',
]

const RANK: Record<Exclude<GoalStatus, 'not_assessed'>, number> = {
  achieved: 4,
  on_track: 3,
  at_risk: 2,
  not_achieved: 1,
}

export function statusChange(
  current: GoalStatus,
  previous: GoalStatus | null | undefined,
): StatusChange {
  if (previous == null) return 'new'
  if (current === previous) return 'unchanged'
  if (current === 'not_assessed' || previous === 'not_assessed') return 'reassessed'
  return RANK[current] > RANK[previous] ? 'improved' : 'worsened'
}
