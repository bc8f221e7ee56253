import { roundProgress } from '../figures'
import { idOf, idsOf } from '../shared/ids'
import { inSwedishOrder } from '../shared/swedish-order'
import type { Loaders } from './loaders'
import type { FollowUpRound, Organisation, Programme } from './models'
import { scoped } from './scope'

const byName = inSwedishOrder((item: { name: string }) => item.name)

/**
 * A programme's round of a year, and how far it has come: every goal's follow-up of the year, as
 * its latest version (submitted and returned follow-ups are drafts), counted by roundProgress.
 * Null when the programme has no round that year.
 */
export async function loadFollowUpRound(loaders: Loaders, programme: Programme, year: number): Promise<FollowUpRound | null> {
  const [round] = await loaders.find('follow-up-rounds', { and: [{ programme: { equals: programme.id } }, { year: { equals: year } }] })
  if (!round) return null
  const [goals, followUps] = await Promise.all([
    loaders.find('milestone-goals', { programme: { equals: programme.id } }, undefined, undefined, { responsible: true }),
    loaders.find('follow-ups', { and: [{ programme: { equals: programme.id } }, { year: { equals: year } }] }, undefined, undefined, {
      milestoneGoal: true,
      review: true,
    }),
  ])
  const reviewOf = new Map(followUps.map((followUp) => [idOf(followUp.milestoneGoal), followUp.review ?? 'draft']))
  const progress = roundProgress(goals.map((goal) => ({ responsible: idsOf(goal.responsible), review: reviewOf.get(goal.id) ?? null })))
  const organisations = new Map<string, Organisation>()
  for (const found of await loaders.organisationById.loadMany(progress.organisations.map((entry) => entry.organisation))) {
    if (found && !(found instanceof Error)) organisations.set(found.id, scoped(found, loaders.scope))
  }
  return {
    ...scoped(round, loaders.scope),
    ...progress,
    organisations: progress.organisations
      .flatMap((entry) => {
        const organisation = organisations.get(entry.organisation)
        return organisation ? [{ ...entry, organisation }] : []
      })
      .sort((a, b) => byName(a.organisation, b.organisation)),
  }
}
