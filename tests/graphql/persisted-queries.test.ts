import { createHash } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createGraphQLHandler, PUBLIC_CACHE_CONTROL } from '../../graphql/http'
import { listen } from '../../graphql/node-http'
import { type PersistedQueries, persistedQueriesOf } from '../../graphql/persisted-queries'
import { fetchPublicHome, PUBLIC_HOME } from '../../src/app/(public)/home-query'
import { fetchPublicNewsItem } from '../../src/app/(public)/nyheter/[slug]/news-item-query'
import { fetchFeedNews } from '../../src/app/(public)/nyheter/feed.xml/news-feed'
import { fetchNewsListPage } from '../../src/app/(public)/nyheter/news-list-query'
import { fetchPublicOrganisation } from '../../src/app/(public)/organisationer/[slug]/organisation-query'
import { fetchPublicFollowUp } from '../../src/app/(public)/uppfoljning/[programme]/[year]/follow-up-query'
import { queryApiAt } from '../../src/app/api-client/client'
import { fetchCatalogueProgrammes } from '../../src/app/dcat/catalogue-query'
import { fetchExportedFollowUp } from '../../src/app/export/follow-up-query'
import { fetchExportedIndicator } from '../../src/app/export/indicator-export'
import { pointSiteAt } from '../helpers/api-url'
import { type SeededApi, seededApi } from '../helpers/graphql-seeded'

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
const persisted = (query: string) => encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(query) } }))

/** A query of an operator's own, given in their manifest file. */
const OPERATOR_QUERY = 'query OperatorProgrammes { programmes { slug title } }'
const OPERATOR_APOLLO_QUERY = 'query OperatorYears { programmes { years } }'
/** A query no manifest has. */
const OTHER_QUERY = '{ programmes { slug years } }'

let api: SeededApi
let only: { url: string; requests: string[]; close: () => Promise<void> }

/** /graphql with `persistedQueries`, recording each request's method. */
async function serve(persistedQueries: PersistedQueries) {
  const handle = createGraphQLHandler(api.payload, { persistedQueries })
  const requests: string[] = []
  const { server, url } = await listen((request) => {
    requests.push(request.method)
    return handle(request)
  })
  return { url, requests, close: () => new Promise<void>((resolve) => (server as Server).close(() => resolve())) }
}

function operatorManifests(): { plain: string; apollo: string } {
  const folder = mkdtempSync(path.join(tmpdir(), 'kmpp-manifest-'))
  const plain = path.join(folder, 'operations.json')
  writeFileSync(plain, JSON.stringify({ [sha256(OPERATOR_QUERY)]: OPERATOR_QUERY }))
  const apollo = path.join(folder, 'apollo.json')
  const operations = [{ id: sha256(OPERATOR_APOLLO_QUERY), name: 'OperatorYears', type: 'query', body: OPERATOR_APOLLO_QUERY }]
  writeFileSync(apollo, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations }))
  return { plain, apollo }
}

beforeAll(async () => {
  api = await seededApi()
  const { plain } = operatorManifests()
  only = await serve(persistedQueriesOf({ PERSISTED_QUERIES: 'only', PERSISTED_QUERIES_MANIFEST: plain }))
})
afterAll(async () => {
  await only?.close()
  await api?.close()
})

const get = (url: string, search: string, headers: Record<string, string> = {}) => fetch(`${url}?${search}`, { headers })
const codeOf = async (response: Response) =>
  ((await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions?.code

describe('automatic persisted queries over GET', () => {
  it('are not found by hash, registered once with their query, and then answered by hash with the cache headers and ETag', async () => {
    const query = '{ programmes { slug adoptedOn } }'
    const notFound = await get(api.url, `extensions=${persisted(query)}`)
    expect(await codeOf(notFound)).toBe('PERSISTED_QUERY_NOT_FOUND')
    expect(notFound.headers.get('cache-control')).toBe('no-store')

    const registered = await get(api.url, `query=${encodeURIComponent(query)}&extensions=${persisted(query)}`)
    expect(registered.status).toBe(200)

    const hit = await get(api.url, `extensions=${persisted(query)}`)
    expect(hit.status).toBe(200)
    expect(await hit.json()).toEqual({ data: { programmes: [{ slug: 'kmpp-2017', adoptedOn: '2017-10-09' }] } })
    expect(hit.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL)
    expect(hit.headers.get('access-control-allow-origin')).toBe('*')
    const etag = hit.headers.get('etag')
    expect(etag).toMatch(/^"[\w-]+"$/)

    const revalidated = await get(api.url, `extensions=${persisted(query)}`, { 'if-none-match': etag! })
    expect(revalidated.status).toBe(304)
    expect(await revalidated.text()).toBe('')
    expect(revalidated.headers.get('etag')).toBe(etag)
  })

  it("knows the app's own queries by hash without registering them", async () => {
    const fresh = await serve(persistedQueriesOf({}))
    try {
      const variables = encodeURIComponent(JSON.stringify({ newsCount: 3 }))
      const response = await get(fresh.url, `variables=${variables}&extensions=${persisted(PUBLIC_HOME)}`)
      expect(response.status).toBe(200)
      expect(((await response.json()) as any).data.programmes[0].slug).toBe('kmpp-2017')
    } finally {
      await fresh.close()
    }
  })

  it('never runs or registers a mutation over GET', async () => {
    const mutation = 'mutation { programmes { slug } }'
    const response = await get(api.url, `query=${encodeURIComponent(mutation)}&extensions=${persisted(mutation)}`)
    expect(response.status).toBe(405)
    expect(((await response.json()) as { data?: unknown }).data).toBeUndefined()
    expect(await codeOf(await get(api.url, `extensions=${persisted(mutation)}`))).toBe('PERSISTED_QUERY_NOT_FOUND')
  })
})

describe("the pages' API client", () => {
  it('asks by hash over GET, registers a query the API does not know with one POST, and then asks by hash only', async () => {
    const fresh = await serve(persistedQueriesOf({}))
    try {
      const query = 'query ClientTest { programmes { slug } }'
      expect(await queryApiAt(fresh.url, query)).toEqual({ programmes: [{ slug: 'kmpp-2017' }] })
      expect(fresh.requests).toEqual(['GET', 'POST'])
      expect(await queryApiAt(fresh.url, query)).toEqual({ programmes: [{ slug: 'kmpp-2017' }] })
      expect(fresh.requests).toEqual(['GET', 'POST', 'GET'])
    } finally {
      await fresh.close()
    }
  })
})

describe('PERSISTED_QUERIES=only', () => {
  it("answers the pages, exports, feed and catalogue by hash over GET alone, as the app's manifest knows their queries", async () => {
    const pointBack = pointSiteAt(only.url)
    only.requests.length = 0
    try {
      const home = await fetchPublicHome()
      expect(home.programmes[0].slug).toBe('kmpp-2017')
      const list = await fetchNewsListPage({})
      expect(list?.items.length).toBeGreaterThan(0)
      expect(await fetchPublicNewsItem(list!.items[0].slug)).not.toBeNull()
      expect((await fetchFeedNews()).length).toBeGreaterThan(0)
      expect(await fetchPublicOrganisation('tornberget')).not.toBeNull()
      const followUp = await fetchPublicFollowUp('kmpp-2017', '2020')
      expect(followUp).not.toBeNull()
      const exported = await fetchExportedFollowUp('kmpp-2017', 2020)
      const indicator = exported?.report.goals.flatMap((goal) => goal.indicators)[0]
      expect(indicator).toBeDefined()
      expect(await fetchExportedIndicator(indicator!.id)).not.toBeNull()
      expect((await fetchCatalogueProgrammes()).map((programme) => programme.slug)).toEqual(['kmpp-2017'])
    } finally {
      pointBack()
    }
    expect(only.requests.length).toBe(9)
    expect(new Set(only.requests)).toEqual(new Set(['GET']))
  })

  it('answers a query of the manifest sent in full, over POST', async () => {
    const response = await fetch(only.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: PUBLIC_HOME, variables: { newsCount: 1 } }),
    })
    expect(response.status).toBe(200)
  })

  it('refuses any other query with 403 and PERSISTED_QUERY_NOT_ALLOWED, sent in full, by hash, or to register it', async () => {
    const refusals = [
      await fetch(only.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: OTHER_QUERY }),
      }),
      await get(only.url, `query=${encodeURIComponent(OTHER_QUERY)}`),
      await get(only.url, `extensions=${persisted(OTHER_QUERY)}`),
      await get(only.url, `query=${encodeURIComponent(OTHER_QUERY)}&extensions=${persisted(OTHER_QUERY)}`),
      await fetch(only.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: OTHER_QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(OTHER_QUERY) } } }),
      }),
    ]
    for (const response of refusals) {
      expect(response.status).toBe(403)
      expect(response.headers.get('cache-control')).toBe('no-store')
      const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> }
      expect(body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED')
      expect(body.errors[0].message).toMatch(/PERSISTED_QUERIES=only/)
    }
    // The attempts to register it left it unknown.
    expect(await codeOf(await get(only.url, `extensions=${persisted(OTHER_QUERY)}`))).toBe('PERSISTED_QUERY_NOT_ALLOWED')
  })

  it("answers the operator's own queries from PERSISTED_QUERIES_MANIFEST, by hash and in full", async () => {
    const byHash = await get(only.url, `extensions=${persisted(OPERATOR_QUERY)}`)
    expect(byHash.status).toBe(200)
    expect(((await byHash.json()) as any).data.programmes[0].slug).toBe('kmpp-2017')
    expect((await get(only.url, `query=${encodeURIComponent(OPERATOR_QUERY)}`)).status).toBe(200)
  })

  it("reads an operator's manifest in Apollo's format too", async () => {
    const { apollo } = operatorManifests()
    const { manifest } = persistedQueriesOf({ PERSISTED_QUERIES: 'only', PERSISTED_QUERIES_MANIFEST: apollo })
    expect(manifest.get(sha256(OPERATOR_APOLLO_QUERY))).toBe(OPERATOR_APOLLO_QUERY)
    expect(manifest.get(sha256(PUBLIC_HOME))).toBe(PUBLIC_HOME)
  })

  it("refuses to start with a manifest whose hash is not its query's, or with an unknown mode", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kmpp-manifest-')), 'bad.json')
    writeFileSync(file, JSON.stringify({ [sha256(OTHER_QUERY)]: OPERATOR_QUERY }))
    expect(() => persistedQueriesOf({ PERSISTED_QUERIES_MANIFEST: file })).toThrow(/is not the SHA-256/)
    expect(() => persistedQueriesOf({ PERSISTED_QUERIES: 'on' })).toThrow(/PERSISTED_QUERIES must be "only" or unset/)
  })
})
