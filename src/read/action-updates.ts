import { idOf, idsOf } from '../shared/ids'
import type { Loaders } from './loaders'
import type { Action, ActionUpdate } from './models'

/**
 * The years readers without preview do not see of a programme: those whose round is not published.
 * The one place the read layer decides it for action updates; the programme's public years, when
 * the read layer gives them for a programme, belong here.
 */
function hiddenYears(loaders: Loaders, programmeIds: string[]): Promise<Set<number>> {
  return loaders.unpublishedRoundYears
    .loadMany(programmeIds)
    .then((sets) => new Set(sets.flatMap((set) => (set instanceof Set ? [...set] : []))))
}

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
  const hidden = await hiddenYears(loaders, [...new Set(programmes)])
  return updates.filter((update) => !hidden.has(update.year))
}
