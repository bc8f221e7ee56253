import type { Payload } from 'payload'

import type { ReviewState } from '../../collections/FollowUps/review-states'
import { richTextFromParagraphs } from '../../src/shared/richtext'
import { goalIdsByCode } from './graphql-seeded'

/** A goal's follow-up in the round: its review state and the status it reports. */
export type RoundFollowUp = { review: ReviewState; status: 'achieved' | 'on_track' | 'at_risk' | 'not_achieved' }

/**
 * An open round of `year` in the seeded programme, with draft follow-ups of the goals in
 * `followUps` (by code) and draft actions: one per goal in `actionGoals` with an update of the
 * year, and one with an update of the year before only.
 */
export async function openRound(
  payload: Payload,
  year: number,
  followUps: Record<string, RoundFollowUp>,
  actionGoals: string[] = [],
): Promise<{ roundId: string; goals: Map<string, string>; actionIds: string[]; otherYearActionId: string }> {
  const goals = await goalIdsByCode(payload)
  const {
    docs: [programme],
  } = await payload.find({ collection: 'programmes', where: { slug: { equals: 'kmpp-2017' } }, depth: 0, overrideAccess: true })
  const round = await payload.create({
    collection: 'follow-up-rounds',
    data: { programme: programme.id, year, deadline: `${year + 1}-03-31T00:00:00.000Z`, state: 'open' },
    overrideAccess: true,
  })
  for (const [code, { review, status }] of Object.entries(followUps)) {
    await payload.create({
      collection: 'follow-ups',
      data: {
        milestoneGoal: goals.get(code)!,
        year,
        status,
        review,
        commentary: richTextFromParagraphs([`Rapport för ${code} ${year}.`]),
        _status: 'draft',
      },
      draft: true,
      overrideAccess: true,
    })
  }
  const action = async (code: string, updateYear: number) => {
    const doc = await payload.create({
      collection: 'actions',
      data: {
        title: `Åtgärd för ${code} (${updateYear})`,
        milestoneGoals: [goals.get(code)!],
        state: 'ongoing',
        startYear: year - 1,
        updates: [{ year: updateYear, text: `Gjort ${updateYear}.` }],
        _status: 'draft',
      },
      draft: true,
      overrideAccess: true,
    })
    return String(doc.id)
  }
  const actionIds = []
  for (const code of actionGoals) actionIds.push(await action(code, year))
  return { roundId: String(round.id), goals, actionIds, otherYearActionId: await action(actionGoals[0] ?? '1.1', year - 1) }
}
