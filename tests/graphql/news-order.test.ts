import { afterAll, beforeAll, expect, it } from 'vitest'

import { dataOf, loginHeaders, type SeededApi, seededApi } from '../helpers/graphql-seeded'

let api: SeededApi
let communicator: Record<string, string>

const UNDATED = ['utkast-utan-datum-1', 'utkast-utan-datum-2']

beforeAll(async () => {
  api = await seededApi()
  communicator = await loginHeaders(api.payload, 'communicator')
  for (const slug of UNDATED) {
    await api.payload.create({
      collection: 'news',
      data: { title: `Utkast ${slug}`, slug, _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })
  }
  await api.payload.create({
    collection: 'news',
    data: { title: 'Äldre nyhet', slug: 'aldre-nyhet', publishedAt: '2019-03-01T08:00:00.000Z', _status: 'published' },
    overrideAccess: true,
  })
})
afterAll(() => api?.close())

type NewsPage = {
  totalCount: number
  edges: Array<{ node: { slug: string; publishedAt: string | null } }>
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
}

const PAGE = `query($after: String) { news(first: 1, after: $after, preview: true) {
  totalCount edges { node { slug publishedAt } } pageInfo { hasNextPage endCursor } } }`

/**
 * Undated drafts come last, whatever the database's own place for a missing date: SQLite and
 * MongoDB sort NULL first going up, PostgreSQL last, so newest first put them first there.
 */
it('a preview lists every news item once, page by page, newest first and undated drafts last', async () => {
  const slugs: string[] = []
  const dates: Array<string | null> = []
  let after: string | null = null
  for (let page = 0; page < 10; page++) {
    const page: NewsPage = dataOf(await api.post(PAGE, { after }, communicator)).news
    for (const { node } of page.edges) {
      slugs.push(node.slug)
      dates.push(node.publishedAt)
    }
    if (!page.pageInfo.hasNextPage) break
    after = page.pageInfo.endCursor
  }
  const { news } = dataOf(await api.post(PAGE, { after: null }, communicator))
  expect(slugs).toHaveLength(news.totalCount)
  expect(new Set(slugs).size).toBe(slugs.length)
  expect(slugs.slice(-UNDATED.length).sort()).toEqual(UNDATED)
  const dated = dates.slice(0, -UNDATED.length)
  expect(dated.every((date) => date !== null)).toBe(true)
  expect(dated).toEqual([...dated].sort().reverse())
})
