import type { ProgressStatus } from './progress'
import type { GoalStatus } from './status'

const WEAK_PROGRESS: readonly ProgressStatus[] = ['deterioration', 'limited_progress']
const STRONG_PROGRESS: readonly ProgressStatus[] = ['target_achieved', 'substantial_progress']

/** True when the goal's assessed status contradicts what its indicators show. */
export function disagrees(status: GoalStatus, indicatorProgress: readonly ProgressStatus[]): boolean {
  if (status === 'achieved' || status === 'on_track') {
    return indicatorProgress.some((p) => WEAK_PROGRESS.includes(p))
  }
  if (status === 'at_risk' || status === 'not_achieved') {
    return indicatorProgress.some((p) => STRONG_PROGRESS.includes(p))
  }
  return false
}
