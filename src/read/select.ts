import type { CollectionSlug, SelectIncludeType } from 'payload'

import { renderedFieldOf } from '../../collections/fields/rendered-rich-text'

/**
 * The fields a view asks for, by the name of the type that shows them: the API's types
 * (graphql/selective-reads.ts collects them from an operation).
 */
export type RequestedFields = ReadonlyMap<string, ReadonlySet<string>>

/** The types that show a collection's documents: a field of the same name as a Payload field reads it. */
const SHOWN_AS: Partial<Record<CollectionSlug, string[]>> = {
  programmes: ['Programme'],
  'focus-areas': ['FocusArea'],
  'milestone-goals': ['MilestoneGoal'],
  'follow-ups': ['Assessment', 'GoalFollowUp'],
  indicators: ['Indicator'],
  organisations: ['Organisation'],
  news: ['NewsItem'],
  actions: ['Action'],
}

/** Fields computed from Payload fields of other names. A news item's body has a loader of its own. */
const COMPUTED_FROM: Record<string, Record<string, string[]>> = {
  Programme: { modifiedAt: ['updatedAt'] },
  Indicator: {
    latest: ['series'],
    trend: ['direction', 'series'],
    progress: ['direction', 'baseline', 'target', 'series'],
    overdue: ['nextValueDue', 'series'],
  },
  NewsItem: { draft: ['_status'], body: [], focusAreas: ['focusAreas', 'milestoneGoals'] },
  Assessment: { commentary: [renderedFieldOf('commentary')] },
  GoalFollowUp: { commentary: [renderedFieldOf('commentary')] },
  Action: { update: ['updates'] },
}

/**
 * Read whatever is asked: what a follow-up report computes its figures from, the order of news, and
 * what decides which actions and updates show.
 * (The loaders add the field they look documents up by.)
 */
const ALWAYS_READ: Partial<Record<CollectionSlug, string[]>> = {
  'milestone-goals': ['code', 'targetYear', 'focusArea', 'indicators', 'programme'],
  'follow-ups': ['programme', 'milestoneGoal', 'year', 'status'],
  indicators: ['direction', 'baseline', 'target', 'series'],
  news: ['publishedAt'],
  // Organisations are listed by name.
  organisations: ['name'],
  // Whether an action is active in a year, its state's count, and its goals, whose rounds gate its updates.
  actions: ['startYear', 'endYear', 'state', 'milestoneGoals'],
}

/**
 * The Payload fields to read from a collection for the requested fields, or undefined for a
 * collection that no requested type shows (which is then read whole).
 */
export function selectFor(
  collection: CollectionSlug,
  fieldNames: readonly string[],
  requested: RequestedFields,
): SelectIncludeType | undefined {
  const types = SHOWN_AS[collection]
  if (!types) return undefined
  const own = new Set(fieldNames)
  const read = new Set(ALWAYS_READ[collection])
  for (const type of types) {
    for (const field of requested.get(type) ?? []) {
      for (const source of COMPUTED_FROM[type]?.[field] ?? [field]) if (own.has(source)) read.add(source)
    }
  }
  return Object.fromEntries([...read].map((field) => [field, true]))
}
