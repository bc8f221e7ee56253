import type { Where } from 'payload'

import { isValidYear } from '../../collections/fields/year'
import type { Action as ActionDoc } from '../payload-types'
import { connectionOf, emptyConnection, encodeCursorOf, type PageArgs, pageOf, positionOf } from './connection'
import { InvalidArgument } from './errors'
import type { Loaders } from './loaders'
import type { ActionConnection, ActionState } from './models'
import { scoped } from './scope'

export type ActionFilter = {
  focusArea?: string | null
  milestoneGoal?: string | null
  organisation?: string | null
  state?: ActionState | null
  year?: number | null
}
export type ActionPageArgs = PageArgs & { filter?: ActionFilter | null }

/** Actions are listed latest started first, then by ID; a backward page reads them the other way. */
const LATEST_STARTED = ['-startYear', '-id']
const EARLIEST_STARTED = ['startYear', 'id']
type Position = [startYear: number, id: string]

const isPosition = (parts: unknown): parts is Position =>
  Array.isArray(parts) && parts.length === 2 && Number.isInteger(parts[0]) && typeof parts[1] === 'string' && parts[1] !== ''

const after = ([startYear, id]: Position): Where => ({
  or: [{ startYear: { less_than: startYear } }, { and: [{ startYear: { equals: startYear } }, { id: { less_than: id } }] }],
})

const before = ([startYear, id]: Position): Where => ({
  or: [{ startYear: { greater_than: startYear } }, { and: [{ startYear: { equals: startYear } }, { id: { greater_than: id } }] }],
})

/** Active in `year`: started by then and not ended before it. */
export const activeIn = (year: number): Where => ({
  and: [{ startYear: { less_than_equal: year } }, { or: [{ endYear: { exists: false } }, { endYear: { greater_than_equal: year } }] }],
})

/** The filter as conditions on actions; null when it names something that does not exist, so nothing matches. */
async function filterConditions(loaders: Loaders, filter: ActionFilter | null | undefined): Promise<Where[] | null> {
  const conditions: Where[] = []
  if (filter?.focusArea) {
    const focusArea = await loaders.focusAreaBySlug.load(filter.focusArea)
    const goalIds = focusArea ? (await loaders.goalsByFocusArea.load(focusArea.id)).map((goal) => goal.id) : []
    if (!goalIds.length) return null
    conditions.push({ milestoneGoals: { in: goalIds } })
  }
  if (filter?.milestoneGoal) {
    if (!loaders.isDocumentId(filter.milestoneGoal)) return null
    conditions.push({ milestoneGoals: { in: [filter.milestoneGoal] } })
  }
  if (filter?.organisation) {
    const organisation = await loaders.organisationBySlug.load(filter.organisation)
    if (!organisation) return null
    conditions.push({ responsible: { in: [organisation.id] } })
  }
  if (filter?.state) conditions.push({ state: { equals: filter.state } })
  if (filter?.year !== undefined && filter.year !== null) {
    if (!isValidYear(filter.year)) throw new InvalidArgument('filter.year must be a year from 1990 to 2100.')
    conditions.push(activeIn(filter.year))
  }
  return conditions
}

/** A Relay page of actions, latest started first. */
export async function loadActionPage(loaders: Loaders, { filter, ...pageArgs }: ActionPageArgs): Promise<ActionConnection> {
  const page = pageOf(pageArgs)
  const position = positionOf(page, isPosition, loaders.isDocumentId)
  const conditions = await filterConditions(loaders, filter)
  if (!conditions) return emptyConnection(page)

  const [from, order] = page.backward ? [before, EARLIEST_STARTED] : [after, LATEST_STARTED]
  const [docs, totalCount] = await Promise.all([
    loaders.find('actions', { and: [...conditions, ...(position ? [from(position)] : [])] }, order, page.size + 1),
    loaders.count('actions', { and: conditions }),
  ])
  return connectionOf<ActionDoc, ActionConnection['edges'][number]['node']>(
    docs,
    { page, totalCount },
    (doc) => encodeCursorOf([doc.startYear, String(doc.id)]),
    (doc) => scoped(doc, loaders.scope),
  )
}
