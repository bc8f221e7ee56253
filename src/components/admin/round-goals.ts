import type { Payload } from 'payload'

import type { GoalInRound, ReviewState } from '@/src/figures/round'
import type { Assessment, FollowUpRound, MilestoneGoal, User } from '@/src/payload-types'
import { idOf, idsOf } from '@/src/shared/ids'
import { inSwedishOrder } from '@/src/shared/swedish-order'

/** Read as the signed-in user, or (for the server's own jobs) with every right. */
export type ReadAs = { user: User } | { overrideAccess: true }

export type RoundGoal = GoalInRound & {
  goal: Pick<MilestoneGoal, 'id' | 'code' | 'text'>
  /** The goal's follow-up of the round's year, as last saved (drafts too). */
  followUp: Pick<Assessment, 'id' | 'status' | 'review' | 'reviewComment'> | null
}

const access = (as: ReadAs) => ('user' in as ? { user: as.user, overrideAccess: false } : { overrideAccess: true })

const byCode = inSwedishOrder((item: RoundGoal) => item.goal.code)

/** The rounds in the given states (reporters report in open ones), earliest deadline first. */
export async function roundsIn(payload: Payload, states: Array<FollowUpRound['state']>, as: ReadAs): Promise<FollowUpRound[]> {
  const { docs } = await payload.find({
    collection: 'follow-up-rounds',
    where: { state: { in: states } },
    sort: 'deadline',
    pagination: false,
    depth: 0,
    ...access(as),
  })
  return docs
}

/** Every goal of the round's programme with who answers for it and its follow-up of the round's year, in code order. */
export async function goalsInRound(payload: Payload, round: FollowUpRound, as: ReadAs): Promise<RoundGoal[]> {
  const programme = idOf(round.programme)
  const [goals, followUps] = await Promise.all([
    payload.find({
      collection: 'milestone-goals',
      where: { programme: { equals: programme } },
      select: { code: true, text: true, responsible: true },
      pagination: false,
      depth: 0,
      ...access(as),
    }),
    payload.find({
      collection: 'follow-ups',
      where: { and: [{ programme: { equals: programme } }, { year: { equals: round.year } }] },
      select: { milestoneGoal: true, status: true, review: true, reviewComment: true },
      draft: true,
      pagination: false,
      depth: 0,
      ...access(as),
    }),
  ])
  const followUpOf = new Map(followUps.docs.map((doc) => [idOf(doc.milestoneGoal), doc]))
  return goals.docs
    .map((goal) => {
      const followUp = followUpOf.get(goal.id)
      return {
        goal: { id: goal.id, code: goal.code, text: goal.text },
        responsible: idsOf(goal.responsible),
        review: followUp ? ((followUp.review ?? 'draft') as ReviewState) : null,
        followUp: followUp
          ? { id: followUp.id, status: followUp.status, review: followUp.review, reviewComment: followUp.reviewComment }
          : null,
      }
    })
    .sort(byCode)
}
