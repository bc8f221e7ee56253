import { label } from '../fields/label'

export const ACTION_STATES = ['planned', 'ongoing', 'done', 'cancelled'] as const
export type ActionState = (typeof ACTION_STATES)[number]

export const ACTION_STATE_OPTIONS = [
  { value: 'planned', label: label('Planerad', 'Planned') },
  { value: 'ongoing', label: label('Pågår', 'Ongoing') },
  { value: 'done', label: label('Genomförd', 'Done') },
  { value: 'cancelled', label: label('Avbruten', 'Cancelled') },
] satisfies Array<{ value: ActionState; label: Record<'sv' | 'en', string> }>
