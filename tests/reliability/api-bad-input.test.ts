/**
 * Bad input to /graphql on the production server: every input is refused with the right status
 * and an error code (or answered with null where nothing matches), shows nothing of the server's
 * insides, and leaves the API answering.
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TEXT_LIMITS } from '../../graphql/argument-limits'
import { MAX_BODY_BYTES } from '../../graphql/http'
import { QUERY_LIMITS } from '../../graphql/server'
import { richTextFromParagraphs } from '../../src/shared/richtext'
import { type AppServer, startApp } from '../helpers/app-server'
import { foreignDocumentId, unknownDocumentId } from '../helpers/document-ids'
import { type Client, type Reply, reply, signedIn } from './helpers/http'
import { internalsIn } from './helpers/leaks'
import { recordFigures } from './report'

let app: AppServer
let communicator: Client
/** Every published news item as the API lists it, to tell what a search may rightly find. */
let published: Array<{ slug: string; text: string }>

/** Texts with the characters SQL's LIKE treats as wildcards, so a search for them has something to find. */
const FIXTURE_NEWS = [
  { title: 'Andelen förnybar el ökade till 45 %', slug: 'andel-fornybar-el' },
  { title: 'Mätpunkten co_2 redovisas nu varje år', slug: 'matpunkten-co2' },
]

beforeAll(async () => {
  app = await startApp()
  communicator = await signedIn(app.url, 'communicator')
  for (const news of FIXTURE_NEWS) {
    const created = await communicator.post('/api/news', { ...news, body: richTextFromParagraphs([news.title]), _status: 'published' })
    expect(created.status, created.text).toBe(201)
  }
  const all = await postOperation('{ news(first: 100) { edges { node { slug title lead body(format: TEXT) } } } }')
  published = all.json.data.news.edges.map(({ node }: { node: Record<string, string | null> }) => ({
    slug: node.slug,
    text: [node.title, node.lead, node.body].filter(Boolean).join(' ').toLocaleLowerCase('sv'),
  }))
})
afterAll(async () => {
  await app?.stop()
  recordFigures('API bad input', [
    { label: 'inputs tried', value: tried },
    { label: 'errors as expected', value: asExpected },
  ])
})

let tried = 0
let asExpected = 0

type Send = { method?: string; path?: string; headers?: Record<string, string>; body?: BodyInit }

async function send({ method = 'POST', path = '/graphql', headers = { 'content-type': 'application/json' }, body }: Send): Promise<Reply> {
  const init = { method, headers, body, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}) }
  return reply(await fetch(`${app.url}${path}`, init as RequestInit))
}

const operation = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables })
const postOperation = (query: string, variables?: Record<string, unknown>) => send({ body: operation(query, variables) })
const get = (query: string): Send => ({ method: 'GET', path: `/graphql?query=${encodeURIComponent(query)}`, headers: {} })

const NORMAL_QUERY = '{ programmes { slug } }'

/** The slugs of the published items containing every word of `search`, as the filter promises. */
function literalMatches(search: string): string[] {
  const words = search.toLocaleLowerCase('sv').split(/\s+/).filter(Boolean)
  return published.filter((item) => words.every((word) => item.text.includes(word))).map((item) => item.slug)
}

function megabyte(): string {
  return operation(`${NORMAL_QUERY} # ${'x'.repeat(1024 * 1024)}`)
}

/** `{ programme { focusAreas { programme { ... slug } } } }`, `levels` fields below programme. */
function nested(levels: number): string {
  const fields = Array.from({ length: levels }, (_, i) => (i % 2 ? 'programme' : 'focusAreas'))
  return `{ programme(slug: "kmpp-2017") { ${fields.map((f) => `${f} { `).join('')}slug${' }'.repeat(levels)} } }`
}

/** Aliases of a field that reads data: the alias limit leaves `__typename` out. */
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: programmes { slug }`).join(' ')} }`

/** F0 spreads F1, ..., F99; `cycle` makes F99 spread F0 again. */
function fragments(cycle: boolean): string {
  const spreads = Array.from({ length: 99 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} }`)
  const last = cycle ? 'fragment F99 on Query { ...F0 }' : 'fragment F99 on Query { programmes { slug } }'
  return `{ ...F0 } ${spreads.join(' ')} ${last}`
}

const cursor = (value: string) => Buffer.from(value).toString('base64url')
const newsAfter = (after: string) => operation('query($after: String) { news(after: $after) { edges { node { slug } } } }', { after })

type Refused = { status: number; code: string; message?: RegExp }
/** Answered without errors; `data` may be computed once the fixtures exist. */
type Answered = { data: unknown | (() => unknown) }
type Case = { name: string; request: Send; expected: Refused | Answered }

const refused = (status: number, code: string, message?: RegExp): Refused => ({ status, code, message })
const post = (body: BodyInit, contentType = 'application/json'): Send => ({ body, headers: { 'content-type': contentType } })
const query = (text: string, variables?: Record<string, unknown>): Send => ({ body: operation(text, variables) })

const YEAR = 'query($year: Int!) { followUp(programme: "kmpp-2017", year: $year) { year } }'
const SEARCH = 'query($filter: NewsFilter) { news(filter: $filter) { totalCount edges { node { slug } } } }'
const BY_ID = 'query($id: ID!) { milestoneGoal(id: $id) { code } indicator(id: $id) { name } }'
const BY_SLUG =
  'query($slug: String!) { programme(slug: $slug) { slug } organisation(slug: $slug) { slug } newsItem(slug: $slug) { slug } ' +
  'followUp(programme: $slug, year: 2020) { year } }'
const NOTHING_BY_SLUG = { programme: null, organisation: null, newsItem: null, followUp: null }
const INJECTIONS = ['{"$gt": ""}', "' OR 1=1 --", '<script>', '%', '_']
const searchResult = (search: string) => () => {
  // The search matches words: a query without a letter or digit (% or _ alone) finds nothing, where a
  // search for the text would find the fixtures and a LIKE wildcard every item.
  const slugs = /[\p{L}\p{N}]/u.test(search) ? literalMatches(search) : []
  return { news: { totalCount: slugs.length, edges: slugs.map((slug) => ({ node: { slug } })) } }
}

const cases: Case[] = [
  // The request itself
  { name: 'malformed JSON', request: post('{"query": '), expected: refused(400, 'BAD_REQUEST', /not valid JSON/) },
  { name: 'an empty body', request: post(''), expected: refused(400, 'BAD_REQUEST') },
  { name: 'a JSON null body', request: post('null'), expected: refused(400, 'BAD_REQUEST') },
  { name: 'a body of 1 MB', request: post(megabyte()), expected: refused(413, 'PAYLOAD_TOO_LARGE', new RegExp(String(MAX_BODY_BYTES))) },
  {
    name: 'a body of 1 MB streamed without a content-length',
    request: post(new Blob([megabyte()]).stream()),
    expected: refused(413, 'PAYLOAD_TOO_LARGE'),
  },
  {
    name: 'a batched array request',
    request: post(`[${operation(NORMAL_QUERY)},${operation(NORMAL_QUERY)}]`),
    expected: refused(400, 'BAD_REQUEST', /batching/i),
  },
  {
    name: 'variables as a JSON string',
    request: post(JSON.stringify({ query: YEAR, variables: '{"year": 2020}' })),
    expected: refused(400, 'BAD_REQUEST'),
  },
  { name: 'a query that is not a string', request: post(JSON.stringify({ query: 5 })), expected: refused(400, 'BAD_REQUEST') },
  { name: 'content-type text/plain', request: post(operation(NORMAL_QUERY), 'text/plain'), expected: refused(415, 'BAD_REQUEST') },
  {
    name: 'a form-encoded body',
    request: post(`query=${encodeURIComponent(NORMAL_QUERY)}`, 'application/x-www-form-urlencoded'),
    expected: refused(415, 'BAD_REQUEST'),
  },
  { name: 'no content-type', request: { body: new Blob([operation(NORMAL_QUERY)]), headers: {} }, expected: refused(415, 'BAD_REQUEST') },
  // Parsing and validation
  { name: 'an unparseable query', request: query('{ programmes { slug '), expected: refused(400, 'GRAPHQL_PARSE_FAILED', /Syntax Error/) },
  { name: 'a NUL character in the query', request: query('\u0000'), expected: refused(400, 'GRAPHQL_PARSE_FAILED') },
  {
    name: 'an unknown field',
    request: query('{ programmes { password } }'),
    expected: refused(400, 'GRAPHQL_VALIDATION_FAILED', /Cannot query field "password"/),
  },
  {
    name: 'an unknown argument',
    request: query('{ programmes(limit: 5) { slug } }'),
    expected: refused(400, 'GRAPHQL_VALIDATION_FAILED', /Unknown argument "limit"/),
  },
  {
    name: 'an unknown variable type',
    request: query('query($x: User) { programmes { slug } }'),
    expected: refused(400, 'GRAPHQL_VALIDATION_FAILED', /Unknown type "User"/),
  },
  {
    name: 'a fragment on an unknown type',
    request: query('{ ...F } fragment F on Mutation { x }'),
    expected: refused(400, 'GRAPHQL_VALIDATION_FAILED', /Unknown type "Mutation"/),
  },
  {
    name: 'a string for an Int variable',
    request: query(YEAR, { year: '2020' }),
    expected: refused(400, 'BAD_USER_INPUT', /Int cannot represent/),
  },
  { name: 'a required variable left out', request: query(YEAR), expected: refused(400, 'BAD_USER_INPUT', /\$year/) },
  {
    name: 'an unknown enum value as a variable',
    request: query('query($l: Locale) { programmes(locale: $l) { slug } }', { l: 'DE' }),
    expected: refused(400, 'BAD_USER_INPUT', /Locale/),
  },
  {
    name: 'a query nested 50 deep',
    request: query(nested(50)),
    expected: refused(400, 'GRAPHQL_VALIDATION_FAILED', new RegExp(`depth limit of ${QUERY_LIMITS.depth}`)),
  },
  { name: '100 aliases of one field', request: query(aliases(100)), expected: refused(400, 'GRAPHQL_VALIDATION_FAILED', /alias/i) },
  {
    name: '1,000 aliases of one field',
    request: query(aliases(1000)),
    expected: refused(400, 'GRAPHQL_PARSE_FAILED', new RegExp(`${QUERY_LIMITS.tokens} tokens`)),
  },
  // Fragments add no depth: the chain's result is two fields deep.
  { name: 'a chain of 100 fragments', request: query(fragments(false)), expected: { data: { programmes: [{ slug: 'kmpp-2017' }] } } },
  {
    name: 'a cycle of 100 fragments',
    request: query(fragments(true)),
    expected: refused(400, 'GRAPHQL_VALIDATION_FAILED', /Cannot spread fragment "F0" within itself/),
  },
  {
    name: 'two operations and no operationName',
    request: query('query A { programmes { slug } } query B { programmes { slug } }'),
    expected: refused(400, 'OPERATION_RESOLUTION_FAILURE'),
  },
  {
    name: 'an unknown operationName',
    request: post(JSON.stringify({ query: 'query A { programmes { slug } }', operationName: 'B' })),
    expected: refused(400, 'OPERATION_RESOLUTION_FAILURE'),
  },
  // Operations the API does not have, and methods it does not take
  {
    name: 'a mutation',
    request: query('mutation { deleteNews(id: "1") { id } }'),
    expected: refused(400, 'GRAPHQL_VALIDATION_FAILED', /queries only/),
  },
  {
    name: 'a subscription',
    request: query('subscription { news { id } }'),
    expected: refused(400, 'GRAPHQL_VALIDATION_FAILED', /queries only/),
  },
  {
    name: 'GET with a mutation',
    request: get('mutation { deleteNews(id: "1") { id } }'),
    expected: refused(405, 'BAD_REQUEST', /mutation/),
  },
  { name: 'GET with a subscription', request: get('subscription { news { id } }'), expected: refused(405, 'BAD_REQUEST', /subscription/) },
  // news(first:)
  ...[-1, 0, 101].map((first) => ({
    name: `news(first: ${first})`,
    request: query(`{ news(first: ${first}) { totalCount } }`),
    expected: refused(200, 'BAD_USER_INPUT', /first must be from 1 to 100/),
  })),
  {
    name: 'news(first: 1e9) in the query',
    request: query('{ news(first: 1e9) { totalCount } }'),
    expected: refused(400, 'GRAPHQL_VALIDATION_FAILED', /Int cannot represent/),
  },
  {
    name: 'first: 1e9 as a variable',
    request: query('query($first: Int) { news(first: $first) { totalCount } }', { first: 1e9 }),
    expected: refused(200, 'BAD_USER_INPUT', /first must be from 1 to 100/),
  },
  {
    name: 'first: 1e10 as a variable (not a 32-bit Int)',
    request: query('query($first: Int) { news(first: $first) { totalCount } }', { first: 1e10 }),
    expected: refused(400, 'BAD_USER_INPUT', /32-bit/),
  },
  // Forged cursors
  {
    name: 'a cursor of random base64',
    request: post(newsAfter(randomBytes(30).toString('base64'))),
    expected: refused(200, 'BAD_USER_INPUT', /cursor/),
  },
  {
    name: 'a cursor of base64 garbage',
    request: post(newsAfter(cursor('garbage, not JSON'))),
    expected: refused(200, 'BAD_USER_INPUT', /cursor/),
  },
  {
    name: 'a cursor of another shape',
    request: post(newsAfter(cursor('{"offset":10}'))),
    expected: refused(200, 'BAD_USER_INPUT', /cursor/),
  },
  {
    name: 'a Relay array-connection cursor',
    request: post(newsAfter('YXJyYXljb25uZWN0aW9uOjU=')),
    expected: refused(200, 'BAD_USER_INPUT', /cursor/),
  },
  // An ID the database cannot hold is not sent to it: PostgreSQL and MongoDB refuse it with an error.
  ...["' OR 1=1 --", foreignDocumentId()].map((id) => ({
    name: `a cursor of our shape with the ID ${JSON.stringify(id)}`,
    request: post(newsAfter(cursor(JSON.stringify(['2999-01-01T00:00:00.000Z', id])))),
    expected: refused(200, 'BAD_USER_INPUT', /cursor/),
  })),
  {
    name: 'a cursor of our shape with an unknown ID',
    request: post(newsAfter(cursor(JSON.stringify(['2999-01-01T00:00:00.000Z', unknownDocumentId()])))),
    expected: { data: () => ({ news: { edges: published.slice(0, 10).map(({ slug }) => ({ node: { slug } })) } }) },
  },
  // Unknown and malformed slugs and IDs: null, not an error
  ...['finns-inte', "' OR 1=1 --", '../../etc/passwd', ''].map((slug) => ({
    name: `the slug ${JSON.stringify(slug)}`,
    request: query(BY_SLUG, { slug }),
    expected: { data: NOTHING_BY_SLUG },
  })),
  ...[unknownDocumentId(), foreignDocumentId(), '999999', 'abc', '-1', "' OR 1=1 --", '{"$gt": ""}'].map((id) => ({
    name: `the ID ${JSON.stringify(id)}`,
    request: query(BY_ID, { id }),
    expected: { data: { milestoneGoal: null, indicator: null } },
  })),
  {
    name: 'a news filter by a malformed goal ID',
    request: query(SEARCH, { filter: { milestoneGoal: 'abc' } }),
    expected: { data: { news: { totalCount: 0, edges: [] } } },
  },
  // Years
  ...[0, 1989, 2101].map((year) => ({
    name: `followUp year ${year}`,
    request: query(YEAR, { year }),
    expected: refused(200, 'BAD_USER_INPUT', /1990 to 2100/),
  })),
  {
    name: 'followUp year 2020.5 in the query',
    request: query('{ followUp(programme: "kmpp-2017", year: 2020.5) { year } }'),
    expected: refused(400, 'GRAPHQL_VALIDATION_FAILED', /Int cannot represent/),
  },
  {
    name: 'followUp year 2020.5 as a variable',
    request: query(YEAR, { year: 2020.5 }),
    expected: refused(400, 'BAD_USER_INPUT', /Int cannot represent/),
  },
  {
    name: 'programme.followUp year 1989',
    request: query('{ programme(slug: "kmpp-2017") { followUp(year: 1989) { year } } }'),
    expected: refused(200, 'BAD_USER_INPUT', /1990 to 2100/),
  },
  {
    name: 'a news filter year 0',
    request: query(SEARCH, { filter: { year: 0 } }),
    expected: refused(200, 'BAD_USER_INPUT', /1990 to 2100/),
  },
  // Operators and injection in filters: no error, nothing but literal matches
  ...INJECTIONS.map((search) => ({
    name: `search ${JSON.stringify(search)}`,
    request: query(SEARCH, { filter: { search } }),
    expected: { data: searchResult(search) },
  })),
  ...INJECTIONS.map((focusArea) => ({
    name: `focusArea ${JSON.stringify(focusArea)}`,
    request: query(SEARCH, { filter: { focusArea } }),
    expected: { data: { news: { totalCount: 0, edges: [] } } },
  })),
  {
    name: 'a search of 1,000 words',
    request: query(SEARCH, { filter: { search: Array.from({ length: 1000 }, (_, i) => `ord${i}`).join(' ') } }),
    expected: refused(400, 'BAD_USER_INPUT', new RegExp(`filter.search may be at most ${TEXT_LIMITS.search} characters`)),
  },
  {
    name: 'a slug of 10,000 characters',
    request: query(BY_SLUG, { slug: 'x'.repeat(10_000) }),
    expected: refused(400, 'BAD_USER_INPUT', new RegExp(`slug may be at most ${TEXT_LIMITS.slug} characters`)),
  },
  {
    name: 'search {"$gt": ""} as an object',
    request: query(SEARCH, { filter: { search: { $gt: '' } } }),
    expected: refused(400, 'BAD_USER_INPUT', /String cannot represent/),
  },
  {
    name: 'focusArea {"$gt": ""} as an object',
    request: query(SEARCH, { filter: { focusArea: { $gt: '' } } }),
    expected: refused(400, 'BAD_USER_INPUT', /String cannot represent/),
  },
]

describe('bad input to /graphql', () => {
  it('the fixtures hold % and _ as text (so the searches below for them can fail)', () => {
    expect(literalMatches('%')).toEqual(['andel-fornybar-el'])
    expect(literalMatches('_')).toEqual(['matpunkten-co2'])
  })

  it.each(cases)('$name', async ({ request, expected }) => {
    tried++
    const response = await send(request)
    expect(response.status, response.text).not.toBe(500)
    expect(internalsIn(response.text), response.text).toEqual([])
    if ('data' in expected) {
      expect(response.status, response.text).toBe(200)
      expect(response.json?.errors, response.text).toBeUndefined()
      expect(response.json?.data).toEqual(typeof expected.data === 'function' ? expected.data() : expected.data)
    } else {
      expect(response.status, response.text).toBe(expected.status)
      const errors: Array<{ message: string; extensions?: { code?: string } }> = response.json?.errors ?? []
      expect(errors.length, response.text).toBeGreaterThan(0)
      expect(errors[0].extensions?.code, response.text).toBe(expected.code)
      for (const error of errors) {
        expect(typeof error.extensions?.code, response.text).toBe('string')
        expect(error.extensions).not.toHaveProperty('stacktrace')
      }
      if (expected.message) expect(errors.map((e) => e.message).join('\n')).toMatch(expected.message)
      if (expected.status === 200) expect(response.json.data).not.toBe(undefined)
    }
    const after = await postOperation(NORMAL_QUERY)
    expect(after.json).toEqual({ data: { programmes: [{ slug: 'kmpp-2017' }] } })
    asExpected++
  })

  it('refuses PUT with 405 and shows nothing of its insides', async () => {
    tried++
    const response = await send({ method: 'PUT', body: operation(NORMAL_QUERY) })
    expect(response.status).toBe(405)
    expect(internalsIn(response.text)).toEqual([])
    expect((await postOperation(NORMAL_QUERY)).status).toBe(200)
    asExpected++
  })

  it("answers HEAD in Next's route as it answers GET, without a body", async () => {
    const path = `/graphql?query=${encodeURIComponent(NORMAL_QUERY)}`
    const get = await send({ method: 'GET', path, headers: {} })
    const head = await fetch(`${app.url}${path}`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'))
    expect(await head.text()).toBe('')
  })

  it('answers PUT with a JSON error and an Allow header', async () => {
    const response = await send({ method: 'PUT', body: operation(NORMAL_QUERY) })
    expect(response.headers.get('allow')).toMatch(/GET.*POST|POST.*GET/)
    expect(response.json?.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST')
  })
})
