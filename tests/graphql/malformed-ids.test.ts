import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { encodeCursor } from '@/src/read/news-page'
import { foreignDocumentId, unknownDocumentId } from '../helpers/document-ids'
import { dataOf, errorCodeOf, loginHeaders, type SeededApi, seededApi } from '../helpers/graphql-seeded'

let api: SeededApi

beforeAll(async () => {
  api = await seededApi()
})
afterAll(() => api?.close())

// An ID the database cannot parse names no document on any adapter: PostgreSQL refused these as
// uuids, and the API answered INTERNAL_SERVER_ERROR.
it.each(['abc', '999999', "' OR 1=1 --"])('the ID %j finds no goal or indicator, without an error', async (id) => {
  const data = dataOf(await api.post('query($id: ID!) { milestoneGoal(id: $id) { code } indicator(id: $id) { name } }', { id }))
  expect(data).toEqual({ milestoneGoal: null, indicator: null })
})

it('a news filter by a malformed goal ID lists nothing', async () => {
  const { news } = dataOf(await api.post('{ news(filter: { milestoneGoal: "abc" }) { totalCount edges { node { slug } } } }'))
  expect(news).toEqual({ totalCount: 0, edges: [] })
})

it('a preview of an unknown slug, which may be an untitled draft’s ID, is null', async () => {
  const communicator = await loginHeaders(api.payload, 'communicator')
  const { newsItem } = dataOf(await api.post('{ newsItem(slug: "finns-inte", preview: true) { slug } }', undefined, communicator))
  expect(newsItem).toBeNull()
})

describe('IDs by the adapter in use', () => {
  const ids = () => ({ unknown: unknownDocumentId(), foreign: foreignDocumentId() })

  it('a well-formed unknown ID and one of the other adapters’ form find no goal or indicator', async () => {
    for (const id of Object.values(ids())) {
      const data = dataOf(await api.post('query($id: ID!) { milestoneGoal(id: $id) { code } indicator(id: $id) { name } }', { id }))
      expect(data, id).toEqual({ milestoneGoal: null, indicator: null })
    }
  })

  it('a news filter by either lists nothing', async () => {
    for (const id of Object.values(ids())) {
      const query = 'query($id: ID!) { news(filter: { milestoneGoal: $id }) { totalCount edges { node { slug } } } }'
      expect(dataOf(await api.post(query, { id })).news, id).toEqual({ totalCount: 0, edges: [] })
    }
  })

  it('a cursor after a well-formed unknown ID pages on; one with an ID of the other form is BAD_USER_INPUT', async () => {
    const query = 'query($after: String) { news(first: 2, after: $after) { edges { node { slug } } } }'
    const cursorAt = (id: string) => encodeCursor({ publishedAt: '2100-01-01T00:00:00.000Z', id })
    expect(dataOf(await api.post(query, { after: cursorAt(ids().unknown) })).news.edges.length).toBeGreaterThan(0)
    expect(errorCodeOf(await api.post(query, { after: cursorAt(ids().foreign) }))).toBe('BAD_USER_INPUT')
  })
})
