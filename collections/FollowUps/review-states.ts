import { label } from '../fields/label'

/** Where a follow-up is in the yearly round: a reporter submits it, a strategist returns or approves it. */
export const REVIEW_STATES = ['draft', 'submitted', 'returned', 'approved'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

export const REVIEW_STATE_OPTIONS = [
  { value: 'draft', label: label('Utkast', 'Draft') },
  { value: 'submitted', label: label('Inskickad', 'Submitted') },
  { value: 'returned', label: label('Återsänd', 'Returned') },
  { value: 'approved', label: label('Godkänd', 'Approved') },
] satisfies Array<{ value: ReviewState; label: Record<'sv' | 'en', string> }>
