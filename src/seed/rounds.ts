import type { Payload } from 'payload'

import type { SeedAction, SeedRound, SeedRoundFollowUp } from './data/types'
import { type EnsureResult, ensure } from './ensure'
import { inLocale, LOCALES, localisedRichText, withRowIds } from './localise'

export type SeedRoundsData = { rounds: SeedRound[]; openRoundFollowUps: SeedRoundFollowUp[]; actions: SeedAction[] }

/** The IDs the rounds refer to, by the seed's natural keys. */
export type SeedIds = { programme: string; goal: (code: string) => string; organisation: (slug: string) => string }

type Track = (result: Promise<EnsureResult>) => Promise<string>

/**
 * The yearly rounds of a programme: published rounds with their approved follow-ups (the
 * programme's own, seeded before), the open round with what has been reported so far in each review
 * state, and actions with their yearly reports: published up to the last published year, the open
 * year's report as a draft beside it, as a reporter would have saved it. Idempotent, as the seed is.
 */
export async function seedRounds(payload: Payload, data: SeedRoundsData, ids: SeedIds, track: Track): Promise<void> {
  for (const round of data.rounds) {
    await track(
      ensure(
        payload,
        'follow-up-rounds',
        { and: [{ programme: { equals: ids.programme } }, { year: { equals: round.year } }] },
        { ...round, programme: ids.programme, deadline: `${round.deadline}T00:00:00.000Z` },
      ),
    )
  }
  const open = data.rounds.find((round) => round.state === 'open')
  if (open) {
    for (const { goal, demonstration, commentary, ...followUp } of data.openRoundFollowUps) {
      const milestoneGoal = ids.goal(goal)
      await track(
        ensure(
          payload,
          'follow-ups',
          { and: [{ milestoneGoal: { equals: milestoneGoal } }, { year: { equals: open.year } }] },
          {
            ...followUp,
            milestoneGoal,
            year: open.year,
            commentary: localisedRichText({ sv: [commentary.sv], en: [commentary.en] }),
            _status: 'draft',
          },
        ),
      )
    }
  }
  const lastPublished = lastPublishedYear(data.rounds)
  for (const action of data.actions) await seedAction(payload, action, lastPublished, ids, track)
}

/** The year of the latest published round. */
export const lastPublishedYear = (rounds: SeedRound[]) =>
  Math.max(...rounds.filter((round) => round.state === 'published').map((round) => round.year))

/**
 * What of an action is published: everything up to the last published year, when it had started by
 * then; the rest is a draft (all of it, for an action that starts later).
 */
export function publishedReports(action: SeedAction, lastPublished: number) {
  return { everPublished: action.startYear <= lastPublished, published: action.updates.filter((update) => update.year <= lastPublished) }
}

async function seedAction(payload: Payload, action: SeedAction, lastPublished: number, ids: SeedIds, track: Track): Promise<void> {
  const { demonstration, description, milestoneGoals, responsible, updates, ...fields } = action
  const { everPublished, published } = publishedReports(action, lastPublished)
  const data = {
    ...fields,
    description: localisedRichText(description),
    milestoneGoals: milestoneGoals.map(ids.goal),
    responsible: responsible.map(ids.organisation),
  }
  const result = await ensure(
    payload,
    'actions',
    { slug: { equals: action.slug } },
    { ...data, updates: everPublished ? published : updates, _status: everPublished ? 'published' : 'draft' },
  )
  await track(Promise.resolve(result))
  if (!result.created || !everPublished || published.length === updates.length) return
  // The open year's report, saved as a draft beside the published action until its round is published.
  for (const locale of LOCALES) {
    const stored = await payload.findByID({ collection: 'actions', id: result.id, draft: true, locale, depth: 0, overrideAccess: true })
    const localised = withRowIds(inLocale({ updates }, locale) as Record<string, unknown>, stored as unknown as Record<string, unknown>)
    await payload.update({ collection: 'actions', id: result.id, data: localised, draft: true, locale, depth: 0, overrideAccess: true })
  }
}
