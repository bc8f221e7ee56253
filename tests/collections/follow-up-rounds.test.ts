import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { RoundState } from '../../collections/FollowUpRounds/states'
import { makeProgramme } from '../helpers/fixtures'
import { testPayload, userWithRole } from '../helpers/payload'

let payload: Payload
let base: Awaited<ReturnType<typeof makeProgramme>>
let strategist: Awaited<ReturnType<typeof userWithRole>>
let reporter: Awaited<ReturnType<typeof userWithRole>>
let year = 2040

async function roundIn(state: RoundState) {
  return payload.create({
    collection: 'follow-up-rounds',
    data: { programme: base.programme.id, year: ++year, deadline: '2041-03-31T00:00:00.000Z', state },
    overrideAccess: true,
  })
}

async function outcomeOf(write: Promise<unknown>): Promise<'done' | number> {
  try {
    await write
    return 'done'
  } catch (error) {
    return (error as { status: number }).status
  }
}

beforeAll(async () => {
  payload = await testPayload()
  base = await makeProgramme(payload)
  await userWithRole(payload, 'admin') // the first account is made an admin
  strategist = await userWithRole(payload, 'strategist')
  reporter = await userWithRole(payload, 'reporter', base.organisation.id)
})

/** A strategist's moves of a round: open and review back and forth; published only by the publish endpoint, and for good. */
const MOVES: Array<{ from: RoundState; to: RoundState; outcome: 'done' | 400 }> = [
  { from: 'open', to: 'review', outcome: 'done' },
  { from: 'review', to: 'open', outcome: 'done' },
  { from: 'open', to: 'published', outcome: 400 },
  { from: 'review', to: 'published', outcome: 400 },
  { from: 'published', to: 'open', outcome: 400 },
  { from: 'published', to: 'review', outcome: 400 },
]

describe('round state transitions', () => {
  it.each(MOVES)('a strategist moves a round from $from to $to: $outcome', async ({ from, to, outcome }) => {
    const round = await roundIn(from)
    const result = await outcomeOf(
      payload.update({ collection: 'follow-up-rounds', id: round.id, data: { state: to }, overrideAccess: false, user: strategist }),
    )
    expect(result).toBe(outcome)
    const stored = await payload.findByID({ collection: 'follow-up-rounds', id: round.id, overrideAccess: true })
    expect(stored.state).toBe(outcome === 'done' ? to : from)
  })

  it('a direct save to published is refused with a Swedish message, also when creating a round', async () => {
    const round = await roundIn('review')
    await expect(
      payload.update({
        collection: 'follow-up-rounds',
        id: round.id,
        data: { state: 'published' },
        overrideAccess: false,
        user: strategist,
      }),
    ).rejects.toMatchObject({
      status: 400,
      message: 'En omgång publiceras bara med Publicera året, som publicerar alla godkända uppföljningar på en gång.',
    })
    const create = payload.create({
      collection: 'follow-up-rounds',
      data: { programme: base.programme.id, year: ++year, deadline: '2041-03-31T00:00:00.000Z', state: 'published' },
      overrideAccess: false,
      user: strategist,
    })
    await expect(create).rejects.toMatchObject({ status: 400 })
  })

  it('the publish endpoint moves a round to published with context.publishingRound', async () => {
    const round = await roundIn('review')
    const published = await payload.update({
      collection: 'follow-up-rounds',
      id: round.id,
      data: { state: 'published', publishedAt: '2041-04-01T00:00:00.000Z' },
      context: { publishingRound: true },
      overrideAccess: false,
      user: strategist,
    })
    expect(published.state).toBe('published')
  })

  it('a strategist still changes the deadline of an open round; a reporter reads rounds but moves none', async () => {
    const round = await roundIn('open')
    const moved = await payload.update({
      collection: 'follow-up-rounds',
      id: round.id,
      data: { deadline: '2041-04-15T00:00:00.000Z' },
      overrideAccess: false,
      user: strategist,
    })
    expect(moved.deadline).toBe('2041-04-15T00:00:00.000Z')
    const read = await payload.findByID({ collection: 'follow-up-rounds', id: round.id, overrideAccess: false, user: reporter })
    expect(read.deadline).toBe('2041-04-15T00:00:00.000Z')
    const asReporter = { collection: 'follow-up-rounds', overrideAccess: false, user: reporter } as const
    expect(await outcomeOf(payload.update({ ...asReporter, id: round.id, data: { state: 'review' } }))).toBe(403)
    expect(await outcomeOf(payload.delete({ ...asReporter, id: round.id }))).toBe(403)
    expect(
      await outcomeOf(
        payload.create({
          ...asReporter,
          data: { programme: base.programme.id, year: ++year, deadline: '2041-03-31T00:00:00.000Z', state: 'open' },
        }),
      ),
    ).toBe(403)
  })
})
