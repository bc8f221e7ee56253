/**
 * The built app with PERSISTED_QUERIES=only: its pages, exports and feed still read /graphql (by
 * hash, from the manifest built into it), the API refuses other queries, and an answer by hash
 * carries the headers a CDN caches by, through Next's route as well.
 */
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { PUBLIC_CACHE_CONTROL } from '../../graphql/http'
import { PUBLIC_HOME } from '../../src/app/(public)/home-query'
import { type AppServer, startApp } from '../helpers/app-server'

let app: AppServer

beforeAll(async () => {
  app = await startApp({ env: { PERSISTED_QUERIES: 'only' } })
})
afterAll(() => app?.stop())

it.each(['/', '/nyheter', '/uppfoljning/kmpp-2017/2020', '/organisationer/tornberget', '/nyheter/feed.xml', '/export/kmpp-2017/2020.csv'])(
  'serves %s',
  async (path) => {
    const response = await fetch(`${app.url}${path}`)
    expect(response.status, app.output().slice(-2000)).toBe(200)
  },
)

it('refuses a query not in the manifest with 403 and PERSISTED_QUERY_NOT_ALLOWED', async () => {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ programmes { slug } }' }),
  })
  expect(response.status).toBe(403)
  expect(((await response.json()) as any).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED')
})

it("answers the home page's query by hash over GET with the public cache headers, and 304 to its ETag", async () => {
  const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(PUBLIC_HOME).digest('hex') } }
  const address = `${app.url}/graphql?variables=${encodeURIComponent('{"newsCount":3}')}&extensions=${encodeURIComponent(JSON.stringify(extensions))}`
  const response = await fetch(address)
  expect(response.status).toBe(200)
  expect(((await response.json()) as any).data.programmes[0].slug).toBe('kmpp-2017')
  expect(response.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL)
  const etag = response.headers.get('etag')
  expect(etag).toBeTruthy()
  const revalidated = await fetch(address, { headers: { 'if-none-match': etag! } })
  expect(revalidated.status).toBe(304)
})
