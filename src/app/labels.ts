/** Statuses, changes, directions and action states as the site and its exports name them, in Swedish. */
import { ACTION_STATE_OPTIONS } from '../../collections/Actions/states'
import { GOAL_STATUS_LABELS } from '../../collections/FollowUps/statuses'
import { GOAL_STATUSES } from '../figures'
import type { ActionState, Direction, GoalStatus, StatusChange } from './api-client/operations'

/** The API names each status in capitals (tests/graphql/schema.test.ts keeps its enum in step with the list). */
const STATUS_LABELS: Record<string, Record<'sv' | 'en', string>> = Object.fromEntries(
  GOAL_STATUSES.map((status) => [status.toUpperCase(), GOAL_STATUS_LABELS[status]]),
)

/** The status as the admin names it, e.g. ON_TRACK -> "På väg att uppnås". */
export function statusLabel(status: GoalStatus): string {
  return STATUS_LABELS[status].sv
}

/** The same in a language of the admin's, e.g. ON_TRACK in English -> "On track". */
export function statusLabelIn(status: GoalStatus, language: 'sv' | 'en'): string {
  return STATUS_LABELS[status][language]
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

/** An action's state as the admin names it, e.g. ONGOING -> "Pågår". */
export function actionStateLabel(state: ActionState): string {
  const option = ACTION_STATE_OPTIONS.find((candidate) => candidate.value.toUpperCase() === state)
  return option ? option.label.sv : state
}
