import { afterAll, beforeAll, expect, it } from 'vitest'

import { dataOf, loginHeaders, type SeededApi, seededApi } from '../helpers/graphql-seeded'

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
