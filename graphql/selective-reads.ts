import { type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, Kind, type SelectionSetNode } from 'graphql'
import type { CollectionSlug, SelectIncludeType } from 'payload'

import { renderedFieldOf } from '../collections/fields/rendered-rich-text'

/** The fields an operation asks for, by the name of the type they belong to. */
export type RequestedFields = ReadonlyMap<string, ReadonlySet<string>>

type TypeLike = { name?: string; ofType?: TypeLike; getFields?: () => Record<string, { type: TypeLike }> }

/**
 * Every field the document's operations name, through their fragments. Walks the schema by its
 * types' own methods: graphql's helpers check types with instanceof, which fails when a bundler or
 * test runner has loaded a second copy of graphql beside Apollo's.
 */
export function requestedFields(schema: GraphQLSchema, document: DocumentNode): RequestedFields {
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  )
  const fields = new Map<string, Set<string>>()
  const walk = (type: TypeLike | null | undefined, selectionSet: SelectionSetNode) => {
    if (!type?.name) return
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        fields.set(type.name, (fields.get(type.name) ?? new Set()).add(selection.name.value))
        let fieldType = type.getFields?.()[selection.name.value]?.type
        while (fieldType?.ofType) fieldType = fieldType.ofType
        if (selection.selectionSet) walk(fieldType, selection.selectionSet)
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type, selection.selectionSet)
      } else {
        const fragment = fragments.get(selection.name.value)
        if (fragment) walk(schema.getType(fragment.typeCondition.name.value), fragment.selectionSet)
      }
    }
  }
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) walk(schema.getRootType(definition.operation), definition.selectionSet)
  }
  return fields
}

/** The types that show a collection's documents: a field of the same name as a Payload field reads it. */
const SHOWN_AS: Partial<Record<CollectionSlug, string[]>> = {
  programmes: ['Programme'],
  'focus-areas': ['FocusArea'],
  'milestone-goals': ['MilestoneGoal'],
  'follow-ups': ['Assessment', 'GoalFollowUp'],
  indicators: ['Indicator'],
  organisations: ['Organisation'],
  news: ['NewsItem'],
}

/** Fields computed from Payload fields of other names. A news item's body has a loader of its own. */
const COMPUTED_FROM: Record<string, Record<string, string[]>> = {
  Indicator: { latest: ['series'], trend: ['direction', 'series'], progress: ['direction', 'baseline', 'target', 'series'] },
  NewsItem: { draft: ['_status'], body: [], focusAreas: ['focusAreas', 'milestoneGoals'] },
  Assessment: { commentary: [renderedFieldOf('commentary')] },
  GoalFollowUp: { commentary: [renderedFieldOf('commentary')] },
}

/**
 * Read whatever is asked: what a follow-up report computes its figures from, and the order of news.
 * (The loaders add the field they look documents up by.)
 */
const ALWAYS_READ: Partial<Record<CollectionSlug, string[]>> = {
  'milestone-goals': ['code', 'targetYear', 'focusArea', 'indicators'],
  'follow-ups': ['programme', 'milestoneGoal', 'year', 'status'],
  indicators: ['direction', 'baseline', 'target', 'series'],
  news: ['publishedAt'],
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
