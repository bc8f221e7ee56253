import {
  type ArgumentNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql'

import { SLUG_MAX_LENGTH } from '../collections/fields/slug'
import { badUserInput } from './errors'

/** The most characters each kind of text argument may have; a slug as many as an editor can save. */
export const TEXT_LIMITS = { slug: SLUG_MAX_LENGTH, id: 64, cursor: 200, search: 200, goalCode: 20 } as const

/** How long a text may be, and for a list argument how many items it may have. */
export type Limit = { characters?: number; items?: number }

/**
 * Every text and list argument of the schema, and of its input types, by schema coordinate:
 * Type.field(argument:) or InputType.field. The API refuses to start with one missing here.
 */
export const ARGUMENT_LIMITS: Record<string, Limit> = {
  'Query.programme(slug:)': { characters: TEXT_LIMITS.slug },
  'Query.followUp(programme:)': { characters: TEXT_LIMITS.slug },
  'Programme.milestoneGoal(code:)': { characters: TEXT_LIMITS.goalCode },
  'Query.milestoneGoal(id:)': { characters: TEXT_LIMITS.id },
  'Query.indicator(id:)': { characters: TEXT_LIMITS.id },
  'Query.organisation(slug:)': { characters: TEXT_LIMITS.slug },
  'Query.newsItem(slug:)': { characters: TEXT_LIMITS.slug },
  'Query.news(after:)': { characters: TEXT_LIMITS.cursor },
  'Query.news(before:)': { characters: TEXT_LIMITS.cursor },
  'NewsFilter.focusArea': { characters: TEXT_LIMITS.slug },
  'NewsFilter.milestoneGoal': { characters: TEXT_LIMITS.id },
  'NewsFilter.search': { characters: TEXT_LIMITS.search },
  'Query.actions(after:)': { characters: TEXT_LIMITS.cursor },
  'Query.actions(before:)': { characters: TEXT_LIMITS.cursor },
  'Query.search(query:)': { characters: TEXT_LIMITS.search },
  'Query.search(after:)': { characters: TEXT_LIMITS.cursor },
  'Query.search(before:)': { characters: TEXT_LIMITS.cursor },
  'Query.followUpRound(programme:)': { characters: TEXT_LIMITS.slug },
  'ActionFilter.focusArea': { characters: TEXT_LIMITS.slug },
  'ActionFilter.milestoneGoal': { characters: TEXT_LIMITS.id },
  'ActionFilter.organisation': { characters: TEXT_LIMITS.slug },
}

/**
 * The schema's types as this module reads them: by their own methods and printed names, not
 * graphql's helpers, which check with instanceof and fail when a bundler or test runner has loaded
 * a second copy of graphql beside Apollo's (see selective-reads.ts).
 */
type InputTypeLike = {
  name?: string
  ofType?: InputTypeLike
  getFields?: () => Record<string, { name: string; type: InputTypeLike }>
  toString(): string
}
type FieldLike = { name: string; type: InputTypeLike; args?: Array<{ name: string; type: InputTypeLike }> }
type TypeLike = { name: string; getFields?: () => Record<string, FieldLike> }

const namedType = (type: InputTypeLike): InputTypeLike => (type.ofType ? namedType(type.ofType) : type)
const isText = (type: InputTypeLike) => ['String', 'ID'].includes(namedType(type).name ?? '')
const isList = (type: InputTypeLike) => String(type).replace(/!$/, '').startsWith('[')

/** The coordinates of the text and list arguments and input fields in `schema` that have no limit in `limits`. */
export function unboundedArguments(schema: GraphQLSchema, limits: Record<string, Limit> = ARGUMENT_LIMITS): string[] {
  const missing: string[] = []
  const need = (coordinate: string, type: InputTypeLike) => {
    const limit = limits[coordinate]
    if ((isText(type) && !limit?.characters) || (isList(type) && !limit?.items)) missing.push(coordinate)
  }
  for (const type of Object.values(schema.getTypeMap()) as TypeLike[]) {
    if (type.name.startsWith('__') || !type.getFields) continue
    for (const field of Object.values(type.getFields())) {
      // An object type's fields have arguments; an input type's fields are the arguments.
      if (field.args) for (const argument of field.args) need(`${type.name}.${field.name}(${argument.name}:)`, argument.type)
      else need(`${type.name}.${field.name}`, field.type)
    }
  }
  return missing
}

/** Why `value`, given for `name` (an argument or a path into one), is over its limit; null when it is not. */
function overLimit(value: unknown, type: InputTypeLike, coordinate: string, name: string, limits: Record<string, Limit>): string | null {
  if (value === null || value === undefined) return null
  const limit = limits[coordinate] ?? {}
  if (Array.isArray(value) && limit.items !== undefined && value.length > limit.items) {
    return `${name} may have at most ${limit.items} items; it has ${value.length}.`
  }
  const input = namedType(type)
  for (const item of Array.isArray(value) ? value : [value]) {
    if (typeof item === 'string' && limit.characters !== undefined && item.length > limit.characters) {
      return `${name} may be at most ${limit.characters} characters long; it is ${item.length}.`
    }
    if (input.getFields && item && typeof item === 'object') {
      for (const field of Object.values(input.getFields())) {
        const problem = overLimit(
          (item as Record<string, unknown>)[field.name],
          field.type,
          `${input.name}.${field.name}`,
          `${name}.${field.name}`,
          limits,
        )
        if (problem) return problem
      }
    }
  }
  return null
}

/**
 * Refuses, before it runs, an operation with an argument over its limit, literal or in a variable,
 * at any depth and in any fragment it uses. Values of the wrong type are left to graphql-js to refuse.
 */
export function assertArgumentsWithinLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
  limits: Record<string, Limit> = ARGUMENT_LIMITS,
): void {
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  )
  // Arguments do not depend on where a fragment is spread, so each is checked once, however often it is spread.
  const checkedFragments = new Set<string>()
  const typeNamed = (name: string) => schema.getType(name) as TypeLike | undefined

  const checkArguments = (type: TypeLike, field: FieldLike, nodes: readonly ArgumentNode[]) => {
    for (const node of nodes) {
      const argument = field.args?.find((candidate) => candidate.name === node.name.value)
      if (!argument) continue
      const value = valueFromASTUntyped(node.value, variables)
      const problem = overLimit(value, argument.type, `${type.name}.${field.name}(${argument.name}:)`, argument.name, limits)
      if (problem) throw badUserInput(`${field.name}: ${problem}`)
    }
  }
  const walk = (type: TypeLike | undefined, selectionSet: SelectionSetNode) => {
    if (!type?.getFields) return
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = type.getFields()[selection.name.value]
        if (!field) continue
        if (selection.arguments?.length) checkArguments(type, field, selection.arguments)
        if (selection.selectionSet) walk(typeNamed(namedType(field.type).name ?? ''), selection.selectionSet)
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.typeCondition ? typeNamed(selection.typeCondition.name.value) : type, selection.selectionSet)
      } else if (!checkedFragments.has(selection.name.value)) {
        checkedFragments.add(selection.name.value)
        const fragment = fragments.get(selection.name.value)
        if (fragment) walk(typeNamed(fragment.typeCondition.name.value), fragment.selectionSet)
      }
    }
  }
  walk(typeNamed(schema.getRootType(operation.operation)?.name ?? ''), operation.selectionSet)
}
