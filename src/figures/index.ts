export { type DataPoint, type Direction, directionSign, measurementsUpTo, sortByYear } from './measurements'
export { GOAL_STATUSES, type GoalStatus, STATUS_CHANGE_DEFINITIONS, type StatusChange, statusChange } from './status'
export { type Progress, type ProgressInput, type ProgressStatus, type RateMethod, progress } from './progress'
export { type Trend, type TrendStatus, trend } from './trend'
export {
  type FollowUp,
  type StatusCount,
  assessedCount,
  goalStatusForYear,
  isDueThisYear,
  previousStatus,
  shareAchievedOrOnTrack,
  statusCounts,
} from './report'
export { disagrees } from './disagreement'
