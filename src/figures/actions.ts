/** What an action is doing: planned, under way, carried out or given up. */
export const ACTION_STATES = ['planned', 'ongoing', 'done', 'cancelled'] as const
export type ActionState = (typeof ACTION_STATES)[number]

export type ActionStateCount = { state: ActionState; count: number }

/** An action runs from its start year to its end year, both included; without an end year it runs on. */
export function isActiveIn(action: { startYear: number; endYear?: number | null }, year: number): boolean {
  return action.startYear <= year && (action.endYear === null || action.endYear === undefined || action.endYear >= year)
}

/** The number of actions in each state: all four states, in their order, zeros included. */
export function actionStateCounts(states: ActionState[]): ActionStateCount[] {
  return ACTION_STATES.map((state) => ({ state, count: states.filter((s) => s === state).length }))
}
