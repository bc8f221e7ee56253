/** Statuses, changes and directions as the site and its exports name them, in Swedish. */
import { GOAL_STATUS_LABELS, type GoalStatusValue } from '../../collections/FollowUps/statuses'
import type { Direction, GoalStatus, StatusChange } from './api-client/operations'

/** The status as the admin names it, e.g. ON_TRACK -> "På väg att uppnås". */
export function statusLabel(status: GoalStatus): string {
  return GOAL_STATUS_LABELS[status.toLowerCase() as GoalStatusValue].sv
}

const CHANGE_LABELS: Record<StatusChange, string> = {
  NEW: 'Ny (ingen bedömning året innan)',
  UNCHANGED: 'Oförändrad',
  REASSESSED: 'Ej jämförbar (ett av åren inte bedömt)',
  IMPROVED: 'Förbättrad',
  WORSENED: 'Försämrad',
}

export function changeLabel(change: StatusChange): string {
  return CHANGE_LABELS[change]
}

/** An indicator's desired direction, as the admin's options name it. */
const DIRECTION_LABELS: Record<Direction, string> = { INCREASE: 'Öka', DECREASE: 'Minska' }

export function directionLabel(direction: Direction): string {
  return DIRECTION_LABELS[direction]
}
