import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeNews } from '../helpers/fixtures'
import { dataOf, errorCodeOf, loginHeaders, type SeededApi, seededApi } from '../helpers/graphql-seeded'

let api: SeededApi
let communicator: Record<string, string>

beforeAll(async () => {
  api = await seededApi()
  communicator = await loginHeaders(api.payload, 'communicator')
  const news = (data: Record<string, unknown>, draft = false) => makeNews(api.payload, draft ? 'draft' : 'published', data)
  // Undated drafts (last in a preview) and two items published at the same moment (ordered by ID).
  for (const slug of ['utkast-a', 'utkast-b']) await news({ title: slug, slug }, true)
  for (const slug of ['samtidig-a', 'samtidig-b']) await news({ title: slug, slug, publishedAt: '2019-05-01T08:00:00.000Z' })
  for (const year of [2018, 2020, 2021]) await news({ title: `${year}`, slug: `nyhet-${year}`, publishedAt: `${year}-02-01T08:00:00.000Z` })
})
afterAll(() => api?.close())

type Page = {
  totalCount: number
  edges: Array<{ cursor: string; node: { slug: string } }>
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }
}

const pageQuery = (list: 'news' | 'actions') => `query($first: Int, $after: String, $last: Int, $before: String, $preview: Boolean) {
  ${list}(first: $first, after: $after, last: $last, before: $before, preview: $preview) {
    totalCount edges { cursor node { slug } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`

async function page(list: 'news' | 'actions', variables: Record<string, unknown>, headers?: Record<string, string>): Promise<Page> {
  return dataOf(await api.post(pageQuery(list), variables, headers))[list]
}

/** Every page from the start going forward, or from the end going backward (in the order read). */
async function walk(list: 'news' | 'actions', backward: boolean, preview: boolean): Promise<Page[]> {
  const headers = preview ? communicator : undefined
  const pages: Page[] = []
  for (;;) {
    const last = pages.at(-1)
    if (last && !(backward ? last.pageInfo.hasPreviousPage : last.pageInfo.hasNextPage)) return pages
    const variables = backward
      ? { last: 2, before: last?.pageInfo.startCursor ?? null }
      : { first: 2, after: last?.pageInfo.endCursor ?? null }
    pages.push(await page(list, { ...variables, preview }, headers))
    expect(pages.length).toBeLessThan(50)
  }
}

const slugsOf = (pages: Page[]) => pages.flatMap((p) => p.edges.map((edge) => edge.node.slug))

describe.each([
  ['news', false],
  ['news', true],
  ['actions', false],
  ['actions', true],
] as const)('%s (preview: %s) walked backward', (list, preview) => {
  it('gives the same items as walked forward, with the same cursors and page information both ways', async () => {
    const forward = await walk(list, false, preview)
    const backward = await walk(list, true, preview)
    const all = slugsOf(forward)
    expect(all.length).toBe(forward[0].totalCount)
    expect(all.length).toBeGreaterThan(4)
    if (list === 'news' && preview) expect(all.slice(-2).sort()).toEqual(['utkast-a', 'utkast-b'])
    expect(slugsOf([...backward].reverse())).toEqual(all)
    const cursors = (pages: Page[]) => pages.flatMap((p) => p.edges.map((edge) => edge.cursor))
    expect(cursors([...backward].reverse())).toEqual(cursors(forward))

    for (const [i, p] of forward.entries())
      expect(p.pageInfo).toMatchObject({ hasPreviousPage: i > 0, hasNextPage: i < forward.length - 1 })
    for (const [i, p] of backward.entries()) {
      expect(p.pageInfo).toMatchObject({ hasNextPage: i > 0, hasPreviousPage: i < backward.length - 1 })
      expect(p.pageInfo.startCursor).toBe(p.edges[0].cursor)
      expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)?.cursor)
    }
  })

  it('turns round: the page before a page is the one walked forward before it', async () => {
    const [first, second] = await walk(list, false, preview)
    const back = await page(list, { last: 2, before: second.pageInfo.startCursor, preview }, preview ? communicator : undefined)
    expect(back.edges).toEqual(first.edges)
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true })
  })
})

describe('backward paging arguments', () => {
  it.each([
    ['last 0', { last: 0 }],
    ['last over 100', { last: 101 }],
    ['first with last', { first: 2, last: 2 }],
    ['after with last', { after: 'x', last: 2 }],
    ['first with before', { first: 2, before: 'x' }],
    ['a cursor in before that the API did not give out', { last: 2, before: 'bm90LWEtY3Vyc29y' }],
  ])('refuses %s with BAD_USER_INPUT', async (_, variables) => {
    for (const list of ['news', 'actions'] as const) {
      const response = await api.post(pageQuery(list), variables)
      expect(errorCodeOf(response)).toBe('BAD_USER_INPUT')
    }
  })

  it('names before and startCursor when a cursor in before is refused', async () => {
    const response = await api.post(pageQuery('news'), { last: 2, before: 'bm90LWEtY3Vyc29y' })
    expect(response.body.errors?.[0].message).toBe(
      'The cursor in before is not one this API gave out: pass a pageInfo.startCursor unchanged.',
    )
  })

  it('pages back from the end with last alone', async () => {
    const forward = slugsOf(await walk('news', false, false))
    const last = await page('news', { last: 2 })
    expect(last.edges.map((edge) => edge.node.slug)).toEqual(forward.slice(-2))
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true })
  })
})
