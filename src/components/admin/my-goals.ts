import type { Payload } from 'payload'

import type { GoalStatus } from '@/src/figures'
import type { User } from '@/src/payload-types'
import { createReads } from '@/src/read/data-source'
import { dayOf } from '@/src/reminders/occasion'
import { idOf } from '@/src/shared/ids'
import { richTextToPlainText } from '@/src/shared/richtext'
import { goalsInRound, type RoundGoal, roundsIn } from './round-goals'

export type MyGoal = RoundGoal & {
  /** The goal's published assessment of the year before. */
  lastYear: { status: GoalStatus; commentary: string } | null
}

export type MyRound = { id: string; year: number; deadline: string; goals: MyGoal[] }

export type MyGoals = { organisation: string | null; rounds: MyRound[] }

/** What a reporter answers for in the open rounds: their organisation's goals, each beside last year's assessment. */
export async function loadMyGoals(payload: Payload, user: User): Promise<MyGoals> {
  const organisation = idOf(user.organisation)
  if (!organisation) return { organisation: null, rounds: [] }
  const reads = createReads(payload, user)({ locale: 'sv', draft: false })
  const [named] = await reads.organisationsById([organisation])
  const rounds = await Promise.all(
    (await roundsIn(payload, ['open'], { user })).map(async (round): Promise<MyRound> => {
      const goals = (await goalsInRound(payload, round, { user })).filter((goal) => goal.responsible.includes(organisation))
      return {
        id: round.id,
        year: round.year,
        deadline: dayOf(new Date(round.deadline)),
        goals: await Promise.all(
          goals.map(async (goal) => {
            const previous = await reads.assessment(goal.goal.id, round.year - 1)
            const lastYear = previous && { status: previous.status, commentary: richTextToPlainText(previous.commentary) }
            return { ...goal, lastYear }
          }),
        ),
      }
    }),
  )
  return { organisation: named?.name ?? null, rounds }
}
