import { buildSchema, type OperationDefinitionNode, parse } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { validateSlug } from '../../collections/fields/slug'
import { ARGUMENT_LIMITS, assertArgumentsWithinLimits, TEXT_LIMITS, unboundedArguments } from '../../graphql/argument-limits'
import { schema } from '../../graphql/executable-schema'
import { type SeededApi, seededApi } from '../helpers/graphql-seeded'

let api: SeededApi

beforeAll(async () => {
  api = await seededApi()
})
afterAll(() => api?.close())

const SEARCH = 'query($search: String) { news(filter: { search: $search }) { totalCount } }'

/** For each bounded argument, an operation that passes `$value` to it. */
const OPERATIONS: Record<string, string> = {
  'Query.programme(slug:)': 'query($value: String!) { programme(slug: $value) { slug } }',
  'Query.followUp(programme:)': 'query($value: String!) { followUp(programme: $value, year: 2020) { year } }',
  'Programme.milestoneGoal(code:)': 'query($value: String!) { programme(slug: "kmpp-2017") { milestoneGoal(code: $value) { code } } }',
  'Query.milestoneGoal(id:)': 'query($value: ID!) { milestoneGoal(id: $value) { code } }',
  'Query.indicator(id:)': 'query($value: ID!) { indicator(id: $value) { name } }',
  'Query.organisation(slug:)': 'query($value: String!) { organisation(slug: $value) { slug } }',
  'Query.newsItem(slug:)': 'query($value: String!) { newsItem(slug: $value) { slug } }',
  'Query.news(after:)': 'query($value: String) { news(after: $value) { totalCount } }',
  'Query.news(before:)': 'query($value: String) { news(last: 1, before: $value) { totalCount } }',
  'NewsFilter.focusArea': 'query($value: String) { news(filter: { focusArea: $value }) { totalCount } }',
  'NewsFilter.milestoneGoal': 'query($value: ID) { news(filter: { milestoneGoal: $value }) { totalCount } }',
  'NewsFilter.search': 'query($value: String) { news(filter: { search: $value }) { totalCount } }',
  'Query.actions(after:)': 'query($value: String) { actions(after: $value) { totalCount } }',
  'Query.actions(before:)': 'query($value: String) { actions(last: 1, before: $value) { totalCount } }',
  'Query.search(query:)': 'query($value: String!) { search(query: $value) { totalCount } }',
  'Query.search(after:)': 'query($value: String) { search(query: "klimat", after: $value) { totalCount } }',
  'Query.search(before:)': 'query($value: String) { search(query: "klimat", last: 1, before: $value) { totalCount } }',
  'Query.followUpRound(programme:)': 'query($value: String!) { followUpRound(programme: $value, year: 2020) { total } }',
  'ActionFilter.focusArea': 'query($value: String) { actions(filter: { focusArea: $value }) { totalCount } }',
  'ActionFilter.milestoneGoal': 'query($value: ID) { actions(filter: { milestoneGoal: $value }) { totalCount } }',
  'ActionFilter.organisation': 'query($value: String) { actions(filter: { organisation: $value }) { totalCount } }',
}

describe('text arguments have limits', () => {
  it("a news search of about 1,000 words is refused as the client's error, naming the limit", async () => {
    const words = Array.from({ length: 1000 }, (_, i) => `miljö${i}`).join(' ')
    for (const response of [
      await api.post(SEARCH, { search: words }),
      await api.post(`{ news(filter: { search: ${JSON.stringify(words)} }) { totalCount } }`),
    ]) {
      expect(response.status).toBe(400)
      expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
      expect(response.body.errors?.[0]?.message).toBe(
        `news: filter.search may be at most ${TEXT_LIMITS.search} characters long; it is ${words.length}.`,
      )
    }
  })

  it('a search at the limit, of as many words as fit, is answered', async () => {
    const search = 'a '.repeat(TEXT_LIMITS.search / 2).slice(0, TEXT_LIMITS.search)
    const response = await api.post(SEARCH, { search })
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.news.totalCount).toBeGreaterThanOrEqual(0)
  })

  it('every text argument of the schema has a limit, and an operation exercising it here', () => {
    expect(unboundedArguments(schema)).toEqual([])
    expect(Object.keys(OPERATIONS).sort()).toEqual(Object.keys(ARGUMENT_LIMITS).sort())
  })

  it.each(Object.entries(ARGUMENT_LIMITS))(
    '%s: at its limit it is taken, past it refused before it runs',
    async (coordinate, { characters }) => {
      const atLimit = await api.post(OPERATIONS[coordinate], { value: 'x'.repeat(characters!) })
      expect(atLimit.status).toBe(200)
      for (const error of atLimit.body.errors ?? []) expect(error.message).not.toMatch(/at most/)
      const over = await api.post(OPERATIONS[coordinate], { value: 'x'.repeat(characters! + 1) })
      expect(over.status).toBe(400)
      expect(over.body.data).toBeUndefined()
      expect(over.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
      expect(over.body.errors?.[0]?.message).toMatch(new RegExp(`at most ${characters} characters long; it is ${characters! + 1}\\.$`))
    },
  )

  it('the schema describes each limit', () => {
    for (const [coordinate, { characters }] of Object.entries(ARGUMENT_LIMITS)) {
      const [, type, field, argument] = coordinate.match(/^(\w+)\.(\w+)(?:\((\w+):\))?$/)!
      const fields = (
        schema.getType(type) as unknown as {
          getFields(): Record<string, { description?: string; args?: Array<{ name: string; description?: string }> }>
        }
      ).getFields()
      const described = argument ? fields[field].args!.find((a) => a.name === argument)!.description : fields[field].description
      expect(described, coordinate).toContain(`at most ${characters} characters`)
    }
  })

  it('a literal in a fragment is held to the limit too', async () => {
    const slug = 'x'.repeat(TEXT_LIMITS.slug + 1)
    const response = await api.post(`{ ...Page } fragment Page on Query { programme(slug: "${slug}") { slug } }`)
    expect(response.status).toBe(400)
    expect(response.body.errors?.[0]?.message).toMatch(/^programme: slug may be at most 120 characters long/)
  })

  it('the slug limit is the longest slug an editor can save', () => {
    expect(validateSlug('a'.repeat(TEXT_LIMITS.slug))).toBe(true)
    expect(validateSlug('a'.repeat(TEXT_LIMITS.slug + 1))).not.toBe(true)
  })
})

describe('the limits as rules of any schema', () => {
  const listSchema = buildSchema(`
    input Filter { names: [String!] }
    type Query { items(tags: [String!], filter: Filter, count: Int): Int }
  `)
  const operationOf = (query: string) => {
    const document = parse(query)
    return { document, operation: document.definitions[0] as OperationDefinitionNode }
  }

  it('names every text and list argument without a limit, at any level of input', () => {
    expect(unboundedArguments(listSchema, {}).sort()).toEqual(['Filter.names', 'Query.items(tags:)'])
    expect(unboundedArguments(listSchema, { 'Filter.names': { items: 2, characters: 5 }, 'Query.items(tags:)': { items: 1 } })).toEqual([
      'Query.items(tags:)',
    ])
  })

  it('refuses a list with too many items or an item too long', () => {
    const limits = { 'Query.items(tags:)': { items: 2, characters: 3 }, 'Filter.names': { items: 2, characters: 3 } }
    const check = (query: string, variables?: Record<string, unknown>) => () => {
      const { document, operation } = operationOf(query)
      assertArgumentsWithinLimits(listSchema, document, operation, variables, limits)
    }
    expect(check('{ items(tags: ["a", "b"]) }')).not.toThrow()
    expect(check('{ items(tags: ["a", "b", "c"]) }')).toThrow('items: tags may have at most 2 items; it has 3.')
    expect(check('query($t: [String!]) { items(tags: $t) }', { t: ['abcd'] })).toThrow(
      'items: tags may be at most 3 characters long; it is 4.',
    )
    expect(check('query($f: Filter) { items(filter: $f) }', { f: { names: ['a', 'b', 'c'] } })).toThrow(
      'items: filter.names may have at most 2 items; it has 3.',
    )
  })
})
