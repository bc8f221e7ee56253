import { createHash } from 'node:crypto'
import { auditServer } from 'graphql-http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_BODY_BYTES } from '../../graphql/http'
import { type SeededApi, seededApi } from '../helpers/graphql-seeded'

let api: SeededApi

beforeAll(async () => {
  api = await seededApi()
})
afterAll(async () => {
  await api?.close()
})

type Body = { data?: any; errors?: Array<{ message: string; extensions?: { code?: string; stacktrace?: unknown } }> }

async function send(init: RequestInit & { path?: string }): Promise<{ status: number; contentType: string | null; body: Body }> {
  const response = await fetch(`${api.url}${init.path ?? ''}`, init)
  return { status: response.status, contentType: response.headers.get('content-type'), body: (await response.json()) as Body }
}

const postJson = (body: string, contentType = 'application/json', accept = 'application/json') =>
  send({ method: 'POST', headers: { 'content-type': contentType, accept }, body })

describe('GET', () => {
  it('answers GET /graphql?query={programmes{slug}} with 200 and data', async () => {
    const response = await send({ method: 'GET', path: '?query={programmes{slug}}' })
    expect(response.status).toBe(200)
    expect(response.contentType).toMatch(/^application\/(graphql-response\+)?json/)
    expect(response.body).toEqual({ data: { programmes: [{ slug: 'kmpp-2017' }] } })
  })

  it('takes URL-encoded variables on GET', async () => {
    const query = encodeURIComponent('query($slug: String!) { programme(slug: $slug) { adoptedOn } }')
    const variables = encodeURIComponent(JSON.stringify({ slug: 'kmpp-2017' }))
    const response = await send({ method: 'GET', path: `?query=${query}&variables=${variables}` })
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ data: { programme: { adoptedOn: '2017-10-09' } } })
  })
})

describe('errors carry extensions.code', () => {
  it.each([
    ['a syntax error', JSON.stringify({ query: '{ programmes { slug ' }), 400, 'GRAPHQL_PARSE_FAILED'],
    ['an unknown field', JSON.stringify({ query: '{ programmes { nope } }' }), 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['a missing query', JSON.stringify({ variables: {} }), 400, 'BAD_REQUEST'],
    ['a body that is not JSON', '{"query": ', 400, 'BAD_REQUEST'],
    ['a year out of range', JSON.stringify({ query: '{ followUp(programme: "kmpp-2017", year: 1989) { year } }' }), 200, 'BAD_USER_INPUT'],
    ['an anonymous preview', JSON.stringify({ query: '{ news(preview: true) { totalCount } }' }), 200, 'FORBIDDEN'],
  ])('%s', async (_, body, status, code) => {
    const response = await postJson(body)
    expect(response.status).toBe(status)
    expect(response.body.errors?.[0]?.extensions?.code).toBe(code)
    for (const error of response.body.errors ?? []) expect(typeof error.extensions?.code).toBe('string')
  })

  it.each(['application/json', 'application/graphql-response+json'])(
    'a syntax error is a 400, not a 500, when accepting %s',
    async (accept) => {
      for (const query of ['{', '{ programmes { slug ', '}']) {
        const response = await postJson(JSON.stringify({ query }), 'application/json', accept)
        expect(response.status, query).toBe(400)
        expect(response.body.errors?.[0]?.extensions?.code, query).toBe('GRAPHQL_PARSE_FAILED')
        expect(response.body.data, query).toBeUndefined()
      }
    },
  )

  it("a persisted query whose hash is not its SHA-256 is the client's error, over POST and GET", async () => {
    const query = '{ programmes { slug } }'
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update('{ other }').digest('hex') } }
    const posted = await postJson(JSON.stringify({ query, extensions }))
    const got = await send({
      method: 'GET',
      path: `?query=${encodeURIComponent(query)}&extensions=${encodeURIComponent(JSON.stringify(extensions))}`,
    })
    for (const response of [posted, got]) {
      expect(response.status).toBe(400)
      expect(response.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_HASH_MISMATCH')
      expect(response.body.errors?.[0]?.message).toMatch(/SHA-256/)
    }
    const matching = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } }
    expect((await postJson(JSON.stringify({ query, extensions: matching }))).body).toEqual({
      data: { programmes: [{ slug: 'kmpp-2017' }] },
    })
  })

  it('a persisted query of a version Apollo does not know is a 400 with its message and BAD_REQUEST', async () => {
    const response = await postJson(JSON.stringify({ extensions: { persistedQuery: { version: 2, sha256Hash: 'x' } } }))
    expect(response.status).toBe(400)
    expect(response.body.errors?.[0]).toMatchObject({ message: 'Unsupported persisted query version', extensions: { code: 'BAD_REQUEST' } })
  })

  it('a POST that is not JSON is refused with 415 and a code', async () => {
    const response = await postJson('{ programmes { slug } }', 'application/graphql')
    expect(response.status).toBe(415)
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST')
  })

  it('a body over the limit is refused with 413 and a code', async () => {
    const query = `{ programmes { slug } } # ${'x'.repeat(MAX_BODY_BYTES)}`
    const response = await postJson(JSON.stringify({ query }))
    expect(response.status).toBe(413)
    expect(response.body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE')
  })
})

describe('the GraphQL-over-HTTP audit of graphql-http', () => {
  it('reports no errors against /graphql', async () => {
    const results = await auditServer({ url: api.url })
    expect(results.length).toBeGreaterThan(30)
    const failures = results.filter((result) => result.status === 'error')
    const report = failures.map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`).join('\n')
    expect(failures, `failed audits:\n${report}`).toEqual([])
  })
})

describe('other sites and other methods', () => {
  it('lets a page on any other site read the API: a preflight, then the answer with CORS headers', async () => {
    const preflight = await fetch(api.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST')
    expect(preflight.headers.get('access-control-allow-headers')).toContain('content-type')
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { origin: 'https://example.org', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ programmes { slug } }' }),
    })
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(await response.json()).toEqual({ data: { programmes: [{ slug: 'kmpp-2017' }] } })
  })

  it('answers HEAD like GET, without a body', async () => {
    const path = `${api.url}?query=${encodeURIComponent('{ programmes { slug } }')}`
    const get = await fetch(path)
    const head = await fetch(path, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'))
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'))
    expect(await head.text()).toBe('')
    const refused = await fetch(`${api.url}?query=${encodeURIComponent('{ programmes { nope } }')}`, { method: 'HEAD' })
    expect(refused.status).toBe(400)
  })

  it.each(['PUT', 'PATCH', 'DELETE'])('answers %s with 405, the allowed methods and a JSON error', async (method) => {
    const response = await fetch(api.url, {
      method,
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ programmes { slug } }"}',
    })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS')
    expect(((await response.json()) as Body).errors?.[0]?.extensions?.code).toBe('BAD_REQUEST')
  })
})
