import { readFileSync } from 'node:fs'
import {
  buildClientSchema,
  type GraphQLNamedType,
  getIntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  printSchema,
  specifiedScalarTypes,
} from 'graphql'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { schema } from '../../graphql/executable-schema'
import { printedSchema } from '../../graphql/print-schema'
import { dataOf, type SeededApi, seededApi } from '../helpers/graphql-seeded'

// graphql has no "exports" map: Node (and so @graphql-tools and Apollo, loaded from node_modules) gets its
// CommonJS build, while Vite resolves this project's own imports to its ES module build. Two copies of
// graphql refuse each other's types ("Cannot use GraphQLObjectType from another module or realm"), so
// here every import of graphql is the copy Node loads.
vi.mock('graphql', async () => (await import('node:module')).createRequire(import.meta.url)('graphql'))

const committed = () => readFileSync(new URL('../../graphql/schema.graphql', import.meta.url), 'utf8')
const OUT_OF_DATE =
  'graphql/schema.graphql is out of date with the SDL in graphql/schema/: run `npm run generate:graphql` and commit the result.'

const BUILT_IN_SCALARS = new Set(specifiedScalarTypes.map((type) => type.name))

/** Every place in the schema that needs a description, as "Type", "Type.field", "Type.field(arg)", "Enum.VALUE" or "Input.field". */
function undescribed(types: readonly GraphQLNamedType[]): string[] {
  const missing: string[] = []
  const check = (where: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(where)
  }
  for (const type of types) {
    if (type.name.startsWith('__') || BUILT_IN_SCALARS.has(type.name)) continue
    check(type.name, type.description)
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description)
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description)
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description)
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description)
    }
  }
  return missing
}

describe('the committed schema', () => {
  it('graphql/schema.graphql is the printed schema', () => {
    expect(committed() === printedSchema(), OUT_OF_DATE).toBe(true)
  })

  it('the executable schema the server runs prints the same SDL', () => {
    expect(`${printSchema(schema)}\n` === committed(), OUT_OF_DATE).toBe(true)
  })

  it('describes every type, field, argument, enum value and input field', () => {
    const types = Object.values(schema.getTypeMap())
    // The walk must reach the schema's own types, or it proves nothing.
    expect(types.map((type) => type.name)).toEqual(
      expect.arrayContaining(['Query', 'FollowUpReport', 'NewsFilter', 'GoalStatus', 'Locale']),
    )
    expect(undescribed(types), 'these have no description').toEqual([])
  })

  it('the check finds a missing description', () => {
    const bare = buildClientSchema({
      __schema: {
        queryType: { name: 'Query' },
        mutationType: null,
        subscriptionType: null,
        directives: [],
        types: [
          {
            kind: 'OBJECT',
            name: 'Query',
            description: 'Described.',
            interfaces: [],
            fields: [
              {
                name: 'x',
                description: null,
                args: [],
                type: { kind: 'SCALAR', name: 'Int', ofType: null },
                isDeprecated: false,
                deprecationReason: null,
              },
            ],
          },
          { kind: 'SCALAR', name: 'Int', description: null, specifiedByURL: null },
        ],
      },
    } as never)
    expect(undescribed(Object.values(bare.getTypeMap()))).toEqual(['Query.x'])
  })
})

describe('the served schema', () => {
  let api: SeededApi
  beforeAll(async () => {
    api = await seededApi()
  })
  afterAll(async () => {
    await api?.close()
  })

  it('introspection over HTTP gives the committed schema', async () => {
    const introspection = dataOf(await api.post(getIntrospectionQuery({ descriptions: true })))
    expect(`${printSchema(buildClientSchema(introspection))}\n`).toBe(committed())
  })
})
