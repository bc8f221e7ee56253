/** Where a goal's follow-up of the round's year is: a reporter's draft, submitted, returned or approved. */
export type ReviewState = 'draft' | 'submitted' | 'returned' | 'approved'

/** One goal of the programme in a round: who answers for it, and its follow-up's review state (null: none yet). */
export type GoalInRound = { responsible: string[]; review: ReviewState | null }

export type RoundCounts = { goals: number; submitted: number; approved: number; returned: number; missing: number }
export type OrganisationInRound = RoundCounts & { organisation: string }
export type RoundProgress = RoundCounts & { organisations: OrganisationInRound[] }

/** Nothing reported yet: no follow-up at all, or one still being written. */
export const isMissing = (goal: GoalInRound) => goal.review === null || goal.review === 'draft'

/** What a reporter still has to send: missing, or returned by a strategist. */
export const awaitsReporter = (goal: GoalInRound) => isMissing(goal) || goal.review === 'returned'

function counted(goals: GoalInRound[]): RoundCounts {
  const inState = (state: ReviewState) => goals.filter((goal) => goal.review === state).length
  return {
    goals: goals.length,
    submitted: inState('submitted'),
    approved: inState('approved'),
    returned: inState('returned'),
    missing: goals.filter(isMissing).length,
  }
}

/**
 * How far a round has come: over all the programme's goals, and per organisation responsible for
 * some of them (in the order they are first named), each goal counted once for each of its organisations.
 */
export function roundProgress(goals: GoalInRound[]): RoundProgress {
  const organisations = [...new Set(goals.flatMap((goal) => goal.responsible))]
  return {
    ...counted(goals),
    organisations: organisations.map((organisation) => ({
      organisation,
      ...counted(goals.filter((goal) => goal.responsible.includes(organisation))),
    })),
  }
}
