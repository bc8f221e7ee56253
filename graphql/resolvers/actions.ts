import { idsOf } from '../../src/shared/ids'
import { inSwedishOrder } from '../../src/shared/swedish-order'
import { assertYear } from '../arguments'
import type { Resolvers } from '../generated/resolvers-types'
import { renderRichText } from '../richtext'

const byName = inSwedishOrder((item: { name: string }) => item.name)

export const actionResolvers: Resolvers = {
  Action: {
    description: (action, { format }) => renderRichText(action.description, format),
    endYear: (action) => action.endYear ?? null,
    responsible: async (action, _, { reads }) => (await reads(action.scope).organisationsById(idsOf(action.responsible))).sort(byName),
    milestoneGoals: async (action, _, { reads }) => {
      const goals = await reads(action.scope).goalsById(idsOf(action.milestoneGoals))
      return goals.sort(inSwedishOrder((goal) => goal.code))
    },
    update: async (action, { year }, { reads }) => {
      assertYear(year)
      return (await reads(action.scope).actionUpdates(action)).find((update) => update.year === year)?.text ?? null
    },
    updates: (action, _, { reads }) => reads(action.scope).actionUpdates(action),
  },

  FollowUpRound: {
    deadline: (round) => round.deadline.slice(0, 10),
    publishedAt: (round) => round.publishedAt ?? null,
    total: (round) => round.goals,
  },
}
