/** Statuses, changes and directions as the site and its exports name them, in Swedish. */
import { GOAL_STATUS_LABELS } from '../../collections/FollowUps/statuses'
import { GOAL_STATUSES } from '../figures'
import type { Direction, GoalStatus, StatusChange } from './api-client/operations'

/** The API names each status in capitals (tests/graphql/schema.test.ts keeps its enum in step with the list). */
const STATUS_LABELS: Record<string, string> = Object.fromEntries(
  GOAL_STATUSES.map((status) => [status.toUpperCase(), GOAL_STATUS_LABELS[status].sv]),
)

/** The status as the admin names it, e.g. ON_TRACK -> "På väg att uppnås". */
export function statusLabel(status: GoalStatus): string {
  return STATUS_LABELS[status]
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
