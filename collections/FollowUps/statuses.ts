import { GOAL_STATUSES, type GoalStatus } from '../../src/figures'
import { label } from '../fields/label'

export const GOAL_STATUS_LABELS: Record<GoalStatus, Record<'sv' | 'en', string>> = {
  achieved: label('Uppnått', 'Achieved'),
  on_track: label('På väg att uppnås', 'On track'),
  at_risk: label('Risk att inte uppnås', 'At risk'),
  not_achieved: label('Inte uppnått', 'Not achieved'),
  not_assessed: label('Inte bedömt', 'Not assessed'),
}

/** The status field's options: the figures' statuses, in their order, with the admin's labels. */
export const GOAL_STATUS_OPTIONS = GOAL_STATUSES.map((value) => ({ value, label: GOAL_STATUS_LABELS[value] }))
