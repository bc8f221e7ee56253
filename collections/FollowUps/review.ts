import { REVIEW_STATE_OPTIONS, type ReviewState } from './review-states'

export type Reviewer = 'reporter' | 'strategist'

/**
 * Who moves a follow-up from one review state to which others. A reporter submits their draft, or
 * what was returned to them; a strategist approves, or returns with a comment what needs more.
 */
const TRANSITIONS: Record<Reviewer, Partial<Record<ReviewState, ReviewState[]>>> = {
  reporter: { draft: ['submitted'], returned: ['submitted'] },
  strategist: { draft: ['approved'], submitted: ['returned', 'approved'], returned: ['approved'], approved: ['returned'] },
}

/** The states in which a follow-up is still the reporter's to write; submitted and approved ones wait for the strategists. */
export const REPORTER_EDITABLE: ReviewState[] = ['draft', 'returned']

const svLabel = (state: ReviewState) => REVIEW_STATE_OPTIONS.find((option) => option.value === state)?.label.sv.toLowerCase() ?? state

export type ReviewChange = { by: Reviewer; from: ReviewState; to: ReviewState; comment?: string | null }

/** Why `change` is refused, in Swedish, or undefined when it is allowed (staying in a state is no change). */
export function refusedReviewChange({ by, from, to, comment }: ReviewChange): string | undefined {
  if (from === to) return undefined
  if (!TRANSITIONS[by][from]?.includes(to)) {
    return by === 'reporter' && (to === 'approved' || to === 'returned')
      ? 'Bara klimatstrategerna godkänner eller skickar tillbaka en uppföljning.'
      : `En uppföljning kan inte gå från ${svLabel(from)} till ${svLabel(to)}.`
  }
  if (to === 'returned' && !comment?.trim())
    return 'Skriv en kommentar om vad rapportören behöver komplettera när du skickar tillbaka uppföljningen.'
  return undefined
}
