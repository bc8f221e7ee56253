/** Statuses, changes, directions and action states as the site and its exports name them, in Swedish (and English on English pages). */
import { ACTION_STATE_OPTIONS } from '../../collections/Actions/states'
import { GOAL_STATUS_LABELS } from '../../collections/FollowUps/statuses'
import { GOAL_STATUSES } from '../figures'
import type { Lang } from './(public)/lang'
import type { ActionState, Direction, GoalStatus, StatusChange } from './api-client/operations'

/** The API names each status in capitals (tests/graphql/schema.test.ts keeps its enum in step with the list). */
const STATUS_LABELS: Record<string, Record<Lang, string>> = Object.fromEntries(
  GOAL_STATUSES.map((status) => [status.toUpperCase(), GOAL_STATUS_LABELS[status]]),
)

/** The status as the admin names it, e.g. ON_TRACK -> "På väg att uppnås". */
export function statusLabel(status: GoalStatus, lang: Lang = 'sv'): string {
  return STATUS_LABELS[status][lang]
}

const CHANGE_LABELS: Record<StatusChange, Record<Lang, string>> = {
  NEW: { sv: 'Ny (ingen bedömning året innan)', en: 'New (no assessment the year before)' },
  UNCHANGED: { sv: 'Oförändrad', en: 'Unchanged' },
  REASSESSED: { sv: 'Ej jämförbar (ett av åren inte bedömt)', en: 'Not comparable (one of the years not assessed)' },
  IMPROVED: { sv: 'Förbättrad', en: 'Improved' },
  WORSENED: { sv: 'Försämrad', en: 'Worsened' },
}

export function changeLabel(change: StatusChange, lang: Lang = 'sv'): string {
  return CHANGE_LABELS[change][lang]
}

/** An indicator's desired direction, as the admin's options name it. */
const DIRECTION_LABELS: Record<Direction, string> = { INCREASE: 'Öka', DECREASE: 'Minska' }

export function directionLabel(direction: Direction): string {
  return DIRECTION_LABELS[direction]
}

/** An action's state as the admin names it, e.g. ONGOING -> "Pågår". */
export function actionStateLabel(state: ActionState, lang: Lang = 'sv'): string {
  const option = ACTION_STATE_OPTIONS.find((candidate) => candidate.value.toUpperCase() === state)
  return option ? option.label[lang] : state
}
