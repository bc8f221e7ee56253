import type { Payload } from 'payload'

import { type RoundProgress, roundProgress } from '@/src/figures/round'
import type { User } from '@/src/payload-types'
import { createReads } from '@/src/read/data-source'
import { dayOf } from '@/src/reminders/occasion'
import { goalsInRound, type RoundGoal, roundsIn } from './round-goals'

export type RoundOverview = {
  id: string
  year: number
  state: 'open' | 'review' | 'published'
  deadline: string
  progress: RoundProgress
  /** Organisation names by ID. */
  names: Record<string, string>
  /** Follow-ups submitted and waiting for a strategist. */
  toReview: RoundGoal[]
}

/** The rounds not yet published, with how far each has come per organisation, for the strategists' dashboard. */
export async function loadRoundOverviews(payload: Payload, user: User): Promise<RoundOverview[]> {
  const reads = createReads(payload, user)({ locale: 'sv', draft: false })
  const rounds = await roundsIn(payload, ['open', 'review'], { user })
  return Promise.all(
    rounds.map(async (round) => {
      const goals = await goalsInRound(payload, round, { user })
      const progress = roundProgress(goals)
      const organisations = await reads.organisationsById(progress.organisations.map(({ organisation }) => organisation))
      return {
        id: round.id,
        year: round.year,
        state: round.state,
        deadline: dayOf(new Date(round.deadline)),
        progress,
        names: Object.fromEntries(organisations.map(({ id, name }) => [id, name])),
        toReview: goals.filter((goal) => goal.review === 'submitted'),
      }
    }),
  )
}
