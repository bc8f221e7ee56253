import { APIError, type Payload, type PayloadRequest, type Where } from 'payload'

import { idOf } from '../../src/shared/ids'
import { inSwedishOrder } from '../../src/shared/swedish-order'
import { hasRole } from '../access'
import type { ReviewState } from '../FollowUps/review-states'
import { SIGNALLED_BY_WRITER, signalContentChange } from '../hooks/signal-content-change'
import { inTransaction } from '../transaction'

/** A goal that stays NOT_ASSESSED when the round is published, with its follow-up's review state (null: it has none). */
export type UnassessedGoal = { goal: { id: string; code: string }; review: ReviewState | null }

/** What publishing a round would do, for the strategist's confirmation. */
export type PublicationPlan = {
  year: number
  toPublish: { followUps: number; actions: number }
  unassessed: UnassessedGoal[]
}

export type Publication = {
  year: number
  publishedAt: string
  published: { followUps: number; actions: number }
  unassessed: number
}

type Options = { req: PayloadRequest }

/** In the context of every write of a publication: the rules allow a round's state to become published only so. */
export const PUBLISHING_ROUND = 'publishingRound'

function assertStrategist(req: PayloadRequest): void {
  if (!hasRole(req.user, 'admin', 'strategist'))
    throw new APIError('Bara klimatstrateger publicerar en uppföljningsomgång.', 403, null, true)
}

async function roundOf(payload: Payload, roundId: string, req: PayloadRequest) {
  const round = await payload.findByID({
    collection: 'follow-up-rounds',
    id: roundId,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!round) throw new APIError('Uppföljningsomgången finns inte.', 404, null, true)
  return round
}

/**
 * The round's documents in their latest versions: the approved follow-ups and the actions with
 * an update of the year that are drafts still, and the goals that no published follow-up will assess.
 */
async function plan(payload: Payload, roundId: string, req: PayloadRequest) {
  const round = await roundOf(payload, roundId, req)
  const programme = String(idOf(round.programme))
  const { year } = round
  const read = { req, overrideAccess: true, depth: 0, pagination: false } as const
  const ofTheYear: Where = { and: [{ programme: { equals: programme } }, { year: { equals: year } }] }

  const { docs: goals } = await payload.find({
    collection: 'milestone-goals',
    where: { programme: { equals: programme } },
    select: { code: true },
    ...read,
  })
  goals.sort(inSwedishOrder((goal) => goal.code))
  const [latest, published, actions] = await Promise.all([
    payload.find({
      collection: 'follow-ups',
      where: ofTheYear,
      select: { milestoneGoal: true, review: true, _status: true },
      draft: true,
      ...read,
    }),
    payload.find({
      collection: 'follow-ups',
      where: { and: [ofTheYear, { _status: { equals: 'published' } }] },
      select: { milestoneGoal: true },
      ...read,
    }),
    payload.find({
      collection: 'actions',
      where: { and: [{ milestoneGoals: { in: goals.map((goal) => goal.id) } }, { 'updates.year': { equals: year } }] },
      select: { _status: true },
      draft: true,
      ...read,
    }),
  ])
  const approved = latest.docs.filter((followUp) => followUp.review === 'approved')
  const assessed = new Set([...approved, ...published.docs].map((followUp) => idOf(followUp.milestoneGoal)))
  const reviewOf = (goal: string) => latest.docs.find((followUp) => idOf(followUp.milestoneGoal) === goal)?.review ?? null
  const isDraft = (doc: { _status?: string | null }) => doc._status !== 'published'
  return {
    round,
    followUps: approved.filter(isDraft).map((followUp) => followUp.id),
    actions: actions.docs.filter(isDraft).map((action) => action.id),
    unassessed: goals
      .filter((goal) => !assessed.has(goal.id))
      .map((goal) => ({ goal: { id: goal.id, code: goal.code }, review: reviewOf(goal.id) })),
  }
}

/** What publishing the round would publish, and the goals that would stay unassessed. Strategists and admins only. */
export async function publicationPlan(payload: Payload, roundId: string, { req }: Options): Promise<PublicationPlan> {
  assertStrategist(req)
  const { round, followUps, actions, unassessed } = await plan(payload, roundId, req)
  return { year: round.year, toPublish: { followUps: followUps.length, actions: actions.length }, unassessed }
}

/**
 * Publishes the round's year whole, in one transaction: the latest version of every approved
 * follow-up of the programme's year and of every action with an update of the year, and the round
 * itself. Readers see either none of it or all of it (src/read/public-years.ts), and the content
 * changes once: the documents' hooks leave the signal to this, which gives it with the commit.
 * Follow-ups not approved stay drafts, so their goals are NOT_ASSESSED that year.
 */
export async function publishRound(payload: Payload, roundId: string, { req }: Options): Promise<Publication> {
  assertStrategist(req)
  const context = req.context
  req.context = { ...context, [PUBLISHING_ROUND]: true, [SIGNALLED_BY_WRITER]: true }
  try {
    return await inTransaction(req, async () => {
      const { round, followUps, actions, unassessed } = await plan(payload, roundId, req)
      if (round.state === 'published') throw new APIError(`Uppföljningen ${round.year} är redan publicerad.`, 409, null, true)
      const publish = { data: { _status: 'published' }, req, overrideAccess: true, depth: 0 } as const
      for (const id of followUps) await payload.update({ collection: 'follow-ups', id, ...publish })
      for (const id of actions) await payload.update({ collection: 'actions', id, ...publish })
      // The round last: where an adapter has no transactions (MongoDB without a replica set), readers still see the year whole.
      const publishedAt = new Date().toISOString()
      await payload.update({
        collection: 'follow-up-rounds',
        id: round.id,
        data: { state: 'published', publishedAt },
        req,
        overrideAccess: true,
        depth: 0,
      })
      await signalContentChange(payload, req)
      return {
        year: round.year,
        publishedAt,
        published: { followUps: followUps.length, actions: actions.length },
        unassessed: unassessed.length,
      }
    })
  } finally {
    req.context = context
  }
}
