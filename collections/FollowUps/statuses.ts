import { label } from '../fields/label'

export const GOAL_STATUSES = ['achieved', 'on_track', 'at_risk', 'not_achieved', 'not_assessed'] as const
export type GoalStatusValue = (typeof GOAL_STATUSES)[number]

export const GOAL_STATUS_LABELS: Record<GoalStatusValue, Record<'sv' | 'en', string>> = {
  achieved: label('Uppnått', 'Achieved'),
  on_track: label('På väg att uppnås', 'On track'),
  at_risk: label('Risk att inte uppnås', 'At risk'),
  not_achieved: label('Inte uppnått', 'Not achieved'),
  not_assessed: label('Inte bedömt', 'Not assessed'),
}
