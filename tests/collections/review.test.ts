import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { ReviewState } from '../../collections/FollowUps/review-states'
import { makeProgramme } from '../helpers/fixtures'
import { testPayload, userWithRole } from '../helpers/payload'

type Reviewer = 'reporter' | 'strategist'
type Outcome = 'done' | 400 | 403

const YEAR = 2050

/** Every review move tried: who, from which state, to which, with what comment, and what it answers. */
const MOVES: Array<{ by: Reviewer; from: ReviewState; to: ReviewState; comment?: string; outcome: Outcome }> = [
  { by: 'reporter', from: 'draft', to: 'submitted', outcome: 'done' },
  { by: 'reporter', from: 'returned', to: 'submitted', outcome: 'done' },
  { by: 'reporter', from: 'draft', to: 'approved', outcome: 400 },
  { by: 'reporter', from: 'draft', to: 'returned', outcome: 400 },
  { by: 'reporter', from: 'returned', to: 'draft', outcome: 400 },
  { by: 'reporter', from: 'submitted', to: 'draft', outcome: 403 },
  { by: 'reporter', from: 'submitted', to: 'submitted', outcome: 403 },
  { by: 'reporter', from: 'approved', to: 'approved', outcome: 403 },
  { by: 'strategist', from: 'submitted', to: 'approved', outcome: 'done' },
  { by: 'strategist', from: 'submitted', to: 'returned', comment: 'Beskriv årets åtgärder.', outcome: 'done' },
  { by: 'strategist', from: 'submitted', to: 'returned', outcome: 400 },
  { by: 'strategist', from: 'submitted', to: 'returned', comment: '   ', outcome: 400 },
  { by: 'strategist', from: 'draft', to: 'approved', outcome: 'done' },
  { by: 'strategist', from: 'returned', to: 'approved', outcome: 'done' },
  { by: 'strategist', from: 'approved', to: 'returned', comment: 'Siffran stämmer inte.', outcome: 'done' },
  { by: 'strategist', from: 'submitted', to: 'draft', outcome: 400 },
  { by: 'strategist', from: 'draft', to: 'submitted', outcome: 400 },
  { by: 'strategist', from: 'approved', to: 'submitted', outcome: 400 },
  { by: 'strategist', from: 'draft', to: 'returned', comment: 'Inget att granska.', outcome: 400 },
]

let payload: Payload
let base: Awaited<ReturnType<typeof makeProgramme>>
let actors: Record<Reviewer, Awaited<ReturnType<typeof userWithRole>>>
let goals = 0

/** A draft follow-up in the open round, of a new goal the reporter's organisation answers for. */
async function followUpIn(review: ReviewState) {
  const goal = await payload.create({
    collection: 'milestone-goals',
    data: {
      focusArea: base.focusArea.id,
      code: `7.${++goals}`,
      text: 'Ett etappmål.',
      targetYear: 2030,
      responsible: [base.organisation.id],
    },
    overrideAccess: true,
    depth: 0,
  })
  const reviewComment = review === 'returned' ? 'Komplettera.' : undefined
  return payload.create({
    collection: 'follow-ups',
    data: { milestoneGoal: goal.id, year: YEAR, status: 'on_track', review, reviewComment },
    draft: true,
    overrideAccess: true,
    depth: 0,
  })
}

async function outcomeOf(write: Promise<unknown>): Promise<{ outcome: Outcome; message?: string }> {
  try {
    await write
    return { outcome: 'done' }
  } catch (error) {
    const { status, message } = error as { status?: number; message: string }
    return { outcome: status as Outcome, message }
  }
}

beforeAll(async () => {
  payload = await testPayload()
  base = await makeProgramme(payload)
  await payload.create({
    collection: 'follow-up-rounds',
    data: { programme: base.programme.id, year: YEAR, deadline: '2051-03-31T00:00:00.000Z', state: 'open' },
    overrideAccess: true,
  })
  // The first account is made an admin, so it is not one of the actors.
  await userWithRole(payload, 'admin')
  actors = {
    strategist: await userWithRole(payload, 'strategist'),
    reporter: await userWithRole(payload, 'reporter', base.organisation.id),
  }
})

describe('review transitions', () => {
  it.each(MOVES)('$by: $from -> $to (comment: $comment): $outcome', async ({ by, from, to, comment, outcome }) => {
    const followUp = await followUpIn(from)
    const data = { review: to, ...(comment === undefined ? {} : { reviewComment: comment }) }
    const result = await outcomeOf(
      payload.update({ collection: 'follow-ups', id: followUp.id, data, overrideAccess: false, user: actors[by] }),
    )
    expect(result.outcome, result.message).toBe(outcome)
    if (outcome !== 'done') expect(result.message).toMatch(/[åäö]|uppföljning/i)
    const stored = await payload.findByID({ collection: 'follow-ups', id: followUp.id, draft: true, overrideAccess: true })
    expect(stored.review).toBe(outcome === 'done' ? to : from)
  })

  it('a refusal says why in Swedish: a return without a comment, a reporter approving, a move the table has not', async () => {
    const refusal = async (by: Reviewer, from: ReviewState, data: Record<string, unknown>) => {
      const followUp = await followUpIn(from)
      return (await outcomeOf(payload.update({ collection: 'follow-ups', id: followUp.id, data, overrideAccess: false, user: actors[by] })))
        .message
    }
    expect(await refusal('strategist', 'submitted', { review: 'returned', reviewComment: '' })).toBe(
      'Skriv en kommentar om vad rapportören behöver komplettera när du skickar tillbaka uppföljningen.',
    )
    expect(await refusal('reporter', 'draft', { review: 'approved' })).toBe(
      'Bara klimatstrategerna godkänner eller skickar tillbaka en uppföljning.',
    )
    expect(await refusal('strategist', 'approved', { review: 'submitted' })).toBe('En uppföljning kan inte gå från godkänd till inskickad.')
    expect(await refusal('reporter', 'submitted', { status: 'achieved' })).toBe(
      'Uppföljningen är inskickad eller godkänd och väntar på klimatstrategerna. Den kan inte ändras nu.',
    )
  })

  it('a reporter edits a returned follow-up and resubmits it; only a strategist writes the comment', async () => {
    const followUp = await followUpIn('returned')
    const asReporter = { collection: 'follow-ups', id: followUp.id, overrideAccess: false, user: actors.reporter } as const
    await expect(payload.update({ ...asReporter, data: { reviewComment: 'Klart nu.' } })).rejects.toMatchObject({ status: 403 })
    await payload.update({ ...asReporter, data: { status: 'achieved' } })
    const submitted = await payload.update({ ...asReporter, data: { review: 'submitted' } })
    expect([submitted.status, submitted.review, submitted.reviewComment]).toEqual(['achieved', 'submitted', 'Komplettera.'])
  })

  it('a strategist corrects an approved, published follow-up after publication, and the version history keeps the earlier one', async () => {
    const followUp = await followUpIn('approved')
    await payload.update({ collection: 'follow-ups', id: followUp.id, data: { _status: 'published' }, overrideAccess: true })
    const corrected = await payload.update({
      collection: 'follow-ups',
      id: followUp.id,
      data: { status: 'at_risk', _status: 'published' },
      overrideAccess: false,
      user: actors.strategist,
    })
    expect([corrected.status, corrected.review, corrected._status]).toEqual(['at_risk', 'approved', 'published'])
    const versions = await payload.findVersions({
      collection: 'follow-ups',
      where: { parent: { equals: followUp.id } },
      overrideAccess: true,
    })
    expect(versions.docs.map((version) => version.version.status)).toContain('on_track')
  })
})
