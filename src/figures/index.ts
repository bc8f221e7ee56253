export { ACTION_STATES, type ActionState, type ActionStateCount, actionStateCounts, isActiveIn } from './actions'
export { disagrees } from './disagreement'
export { type DataPoint, type Direction, directionSign, measurementsUpTo, sortByYear } from './measurements'
export { dayOf, isOverdue, nextValueDueAfter, type OverdueInput, yearDueBy } from './overdue'
export { type Progress, type ProgressInput, type ProgressStatus, progress, type RateMethod } from './progress'
export {
  assessedCount,
  goalStatusForYear,
  isDueThisYear,
  previousStatus,
  type StatusCount,
  shareAchievedOrOnTrack,
  statusCounts,
  type YearStatus,
} from './report'
export { type GoalInRound, type OrganisationInRound, type ReviewState, type RoundProgress, roundProgress } from './round'
export { GOAL_STATUSES, type GoalStatus, STATUS_CHANGE_DEFINITIONS, type StatusChange, statusChange } from './status'
export { type Trend, type TrendStatus, trend } from './trend'
