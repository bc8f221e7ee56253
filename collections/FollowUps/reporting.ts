import type { CollectionBeforeValidateHook } from 'payload'

import type { idOf } from '../../src/shared/ids'
import { hasRole } from '../access'
import { goalsResponsibility, openRoundYears, refused, reportingOrganisation } from '../reporting'
import { REPORTER_EDITABLE, refusedReviewChange } from './review'
import type { ReviewState } from './review-states'

type FollowUpData = {
  milestoneGoal?: Parameters<typeof idOf>[0]
  year?: number | null
  review?: ReviewState | null
  reviewComment?: string | null
}

/**
 * The rules of the round for a follow-up's save by a person (the seed and other server code save
 * without a user): a reporter writes only the follow-ups of their organisation's goals, while that
 * year's round is open, and only while the follow-up is theirs to write (draft or returned); every
 * change of the review state follows the table in ./review.ts.
 */
export const checkFollowUpWrite: CollectionBeforeValidateHook = async ({ data, operation, originalDoc, req }) => {
  if (!req.user) return data
  const before = (operation === 'update' ? originalDoc : {}) as FollowUpData
  const after = { ...before, ...(data as FollowUpData) }
  const from: ReviewState = before.review ?? 'draft'
  const to: ReviewState = after.review ?? 'draft'
  const organisation = reportingOrganisation(req)
  if (organisation) {
    const goals = await goalsResponsibility(req, [before.milestoneGoal, after.milestoneGoal])
    if (goals.length === 0 || goals.some((goal) => !goal.responsible.includes(organisation))) {
      throw refused(403, 'Etappmålet hör inte till din organisation. Du rapporterar bara för de etappmål den ansvarar för.')
    }
    const open = await openRoundYears(
      req,
      goals.map((goal) => goal.programme),
    )
    const years = [before.year, after.year].filter((year): year is number => typeof year === 'number')
    const closed = years.find((year) => !open.has(year))
    if (closed !== undefined) throw refused(403, `Uppföljningsomgången för ${closed} är inte öppen för rapportering.`)
    if (!REPORTER_EDITABLE.includes(from)) {
      throw refused(403, 'Uppföljningen är inskickad eller godkänd och väntar på klimatstrategerna. Den kan inte ändras nu.')
    }
  } else if (!hasRole(req.user, 'admin', 'strategist')) {
    return data
  }
  const message = refusedReviewChange({ by: organisation ? 'reporter' : 'strategist', from, to, comment: after.reviewComment })
  if (message) throw refused(400, message)
  return data
}
