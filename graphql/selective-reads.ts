import { type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, Kind, type SelectionSetNode } from 'graphql'

import type { RequestedFields } from '../src/read/select'

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
