import { idOf, idsOf } from '../shared/ids'
import type { Loaders } from './loaders'
import type { Action, ActionUpdate } from './models'

/**
 * What an action says was done, year by year, oldest first: in preview every year; otherwise not
 * the years whose round has not been published in a programme of the action's goals.
 */
export async function shownUpdates(loaders: Loaders, action: Action): Promise<ActionUpdate[]> {
  const updates = [...(action.updates ?? [])].sort((a, b) => a.year - b.year).map(({ year, text }) => ({ year, text }))
  if (action.scope.draft || !updates.length) return updates
  const goals = await loaders.goalById.loadMany(idsOf(action.milestoneGoals))
  const programmes = goals.flatMap((goal) =>
    goal && !(goal instanceof Error) && idOf(goal.programme) ? [String(idOf(goal.programme))] : [],
  )
  const hidden = (await loaders.hiddenYears()).filter(({ programme }) => programmes.includes(programme))
  return updates.filter((update) => !hidden.some(({ year }) => year === update.year))
}
