import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richTextFromParagraphs } from '../../src/shared/richtext'
import { makeNews } from '../helpers/fixtures'
import { dataOf, errorCodeOf, goalIdsByCode, loginHeaders, type SeededApi, seededApi } from '../helpers/graphql-seeded'
import { createAction, programmeId, roundOf } from './action-fixtures'

let api: SeededApi
let communicator: Record<string, string>

const SEARCH = /* GraphQL */ `
  query Search($query: String!, $first: Int, $after: String, $last: Int, $before: String, $locale: Locale, $preview: Boolean) {
    search(query: $query, first: $first, after: $after, last: $last, before: $before, locale: $locale, preview: $preview) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        snippet { text matches { start end } }
        node {
          __typename
          ... on MilestoneGoal { id text }
          ... on Action { id title }
          ... on Indicator { id name }
          ... on NewsItem { id title slug }
        }
      }
    }
  }
`

type Edge = {
  cursor: string
  snippet: { text: string; matches: Array<{ start: number; end: number }> }
  node: { __typename: string; id: string; text?: string; title?: string; name?: string; slug?: string }
}
type Connection = {
  totalCount: number
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }
  edges: Edge[]
}

const search = async (variables: Record<string, unknown>, headers?: Record<string, string>): Promise<Connection> =>
  dataOf(await api.post(SEARCH, variables, headers)).search
const ids = (connection: Connection) => connection.edges.map((edge) => edge.node.id)
const found = async (query: string, extra: Record<string, unknown> = {}) => ids(await search({ query, first: 100, ...extra }))
const matchedWords = (edge: Edge) => edge.snippet.matches.map(({ start, end }) => edge.snippet.text.slice(start, end))

let wetland: { id: string }

beforeAll(async () => {
  api = await seededApi()
  communicator = await loginHeaders(api.payload, 'communicator')
  wetland = await makeNews(api.payload, 'published', {
    title: 'Kvarnbäckens våtmarksprojekt är klart',
    lead: 'Grävskoporna har lämnat våtmarken.',
    body: richTextFromParagraphs(['Nu kan fåglarna häcka igen.']),
  })
  await api.payload.update({
    collection: 'news',
    id: wetland.id,
    locale: 'en',
    data: { title: 'The Kvarnbäcken wetlands are restored', lead: 'The diggers have left.', _status: 'published' },
    overrideAccess: true,
  })
})
afterAll(async () => {
  await api?.close()
})

describe('search matches as readers type', () => {
  it('in any letter case', async () => {
    expect(await found('KVARNBÄCKENS')).toEqual([wetland.id])
    expect(await found('kvarnbäckens')).toEqual([wetland.id])
  })

  it('with å, ä and ö composed or decomposed', async () => {
    const decomposed = 'kvarnbäckens'.normalize('NFD')
    expect(decomposed).not.toBe('kvarnbäckens')
    expect(await found(decomposed)).toEqual([wetland.id])
  })

  it('with words in any order', async () => {
    expect(await found('klart kvarnbäckens')).toEqual([wetland.id])
    expect(await found('kvarnbäckens klart')).toEqual([wetland.id])
  })

  it("by a word's beginning", async () => {
    expect(await found('våtmarksproj')).toEqual([wetland.id])
    expect(await found('kvarnb')).toEqual([wetland.id])
  })

  it('in other Swedish inflections', async () => {
    expect(await found('grävskopa')).toEqual([wetland.id])
    expect(await found('grävskopor')).toEqual([wetland.id])
  })

  it('English content by English rules', async () => {
    expect(await found('restoring wetland', { locale: 'EN' })).toEqual([wetland.id])
    expect(await found('restoring wetland')).toEqual([])
  })
})

describe('the search results', () => {
  it('are milestone goals, actions, indicators and news, by their types', async () => {
    const { payload } = api
    const goals = await goalIdsByCode(payload)
    const goalId = goals.get('1.1')!
    await payload.update({
      collection: 'milestone-goals',
      id: goalId,
      data: { text: 'Tallmossens skog ska skyddas' },
      overrideAccess: true,
    })
    const { docs } = await payload.find({ collection: 'indicators', limit: 1, depth: 0, overrideAccess: true })
    await payload.update({ collection: 'indicators', id: docs[0].id, data: { name: 'Andel skyddad Tallmosse' }, overrideAccess: true })
    const action = await createAction(payload, { title: 'Stängsel runt Tallmossen', milestoneGoals: [goalId], startYear: 2020 })
    const item = await makeNews(payload, 'published', { title: 'Tallmossen blir naturreservat' })

    const result = await search({ query: 'tallmosse', first: 10 })
    expect(result.totalCount).toBe(4)
    const byType = Object.fromEntries(result.edges.map((edge) => [edge.node.__typename, edge.node.id]))
    expect(byType).toEqual({ MilestoneGoal: goalId, Indicator: String(docs[0].id), Action: String(action.id), NewsItem: String(item.id) })
    const goal = result.edges.find((edge) => edge.node.__typename === 'MilestoneGoal')!
    expect(goal.node.text).toBe('Tallmossens skog ska skyddas')
  })

  it('have snippets of plain text with the matched words as ranges', async () => {
    const [edge] = (await search({ query: 'grävskopa' })).edges
    expect(edge.snippet.text).toBe('Grävskoporna har lämnat våtmarken.')
    expect(matchedWords(edge)).toEqual(['Grävskoporna'])
    const [both] = (await search({ query: 'våtmark grävskopa' })).edges
    expect(matchedWords(both)).toEqual(['Grävskoporna', 'våtmarken'])
  })

  it('rank a match in the title above one in the text', async () => {
    const inText = await makeNews(api.payload, 'published', { title: 'Om skogen', lead: 'Här växer lingonriset tätt.' })
    const inTitle = await makeNews(api.payload, 'published', { title: 'Lingonriset breder ut sig', lead: 'Något annat.' })
    expect(await found('lingonriset')).toEqual([String(inTitle.id), String(inText.id)])
  })

  it('page forward and backward through the same order', async () => {
    for (let i = 0; i < 5; i++) await makeNews(api.payload, 'published', { title: `Sälgbuskar nummer ${i}` })
    const all = await found('sälgbuskar')
    expect(all).toHaveLength(5)

    const forward: string[] = []
    let after: string | null = null
    let pages = 0
    do {
      const page: Connection = await search({ query: 'sälgbuskar', first: 2, after })
      expect(page.totalCount).toBe(5)
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null)
      forward.push(...ids(page))
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null
      pages++
    } while (after)
    expect(pages).toBe(3)
    expect(forward).toEqual(all)

    const backward: string[] = []
    let before: string | null = null
    do {
      const page: Connection = await search({ query: 'sälgbuskar', last: 2, before })
      expect(page.pageInfo.hasNextPage).toBe(before !== null)
      backward.unshift(...ids(page))
      before = page.pageInfo.hasPreviousPage ? page.pageInfo.startCursor : null
    } while (before)
    expect(backward).toEqual(all)

    const [, second] = (await search({ query: 'sälgbuskar', first: 2 })).edges
    const fromSecond = await search({ query: 'sälgbuskar', first: 10, after: second.cursor })
    expect(ids(fromSecond)).toEqual(all.slice(2))
    const beforeLast = await search({ query: 'sälgbuskar', last: 10, before: fromSecond.pageInfo.endCursor })
    expect(ids(beforeLast)).toEqual(all.slice(0, 4))
  })

  it('refuse page sizes and cursors as the other connections do', async () => {
    expect(errorCodeOf(await api.post(SEARCH, { query: 'klimat', first: 101 }))).toBe('BAD_USER_INPUT')
    expect(errorCodeOf(await api.post(SEARCH, { query: 'klimat', first: 0 }))).toBe('BAD_USER_INPUT')
    expect(errorCodeOf(await api.post(SEARCH, { query: 'klimat', first: 1, last: 1 }))).toBe('BAD_USER_INPUT')
    expect(errorCodeOf(await api.post(SEARCH, { query: 'klimat', after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT')
    expect(errorCodeOf(await api.post(SEARCH, { query: 'x'.repeat(201) }))).toBe('BAD_USER_INPUT')
  })

  it('are empty for a query without words', async () => {
    expect(await search({ query: '  %  ' })).toEqual({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    })
  })
})

describe('drafts', () => {
  beforeAll(async () => {
    await makeNews(api.payload, 'draft', { title: 'Flytbryggan planeras' })
  })

  it('are not found without preview', async () => {
    expect(await found('flytbryggan')).toEqual([])
  })

  it('are found in preview by a signed-in editor', async () => {
    const result = await search({ query: 'flytbryggan', preview: true }, communicator)
    expect(result.edges.map((edge) => edge.node.title)).toEqual(['Flytbryggan planeras'])
  })

  it('of a year whose round is unpublished, news are found in preview only, as everywhere', async () => {
    const goals = await goalIdsByCode(api.payload)
    const item = await makeNews(api.payload, 'published', {
      title: 'Rapporten om Lövstaskogen',
      followUpYear: 2031,
      milestoneGoals: [goals.get('1.1')!],
    })
    expect(await found('lövstaskogen')).toEqual([String(item.id)])
    await roundOf(api.payload, await programmeId(api.payload), 2031, 'open')
    expect(await found('lövstaskogen')).toEqual([])
    expect(ids(await search({ query: 'lövstaskogen', preview: true }, communicator))).toEqual([String(item.id)])
  })

  it('preview is refused to anonymous readers', async () => {
    expect(errorCodeOf(await api.post(SEARCH, { query: 'flytbryggan', preview: true }))).toBe('FORBIDDEN')
  })
})

describe('the index follows content changes', () => {
  it('finds what is published after it was built, and no longer what was changed or deleted', async () => {
    expect(await found('fladdermusholkar')).toEqual([])
    const item = await makeNews(api.payload, 'published', { title: 'Fladdermusholkar sätts upp' })
    expect(await found('fladdermusholk')).toEqual([String(item.id)])
    expect(ids(await search({ query: 'fladdermusholkar' }, communicator))).toEqual([String(item.id)])

    await api.payload.update({ collection: 'news', id: item.id, data: { title: 'Fågelholkar sätts upp' }, overrideAccess: true })
    expect(await found('fladdermusholkar')).toEqual([])
    expect(await found('fågelholkar')).toEqual([String(item.id)])
    expect(ids(await search({ query: 'fågelholkar', preview: true }, communicator))).toEqual([String(item.id)])

    await api.payload.update({
      collection: 'news',
      id: item.id,
      data: { title: 'Uggleholkar sätts upp' },
      draft: true,
      overrideAccess: true,
    })
    expect(await found('fågelholkar')).toEqual([String(item.id)])
    expect(await found('uggleholkar')).toEqual([])
    expect(ids(await search({ query: 'uggleholkar', preview: true }, communicator))).toEqual([String(item.id)])
    expect(ids(await search({ query: 'fågelholkar', preview: true }, communicator))).toEqual([])

    await api.payload.update({
      collection: 'news',
      id: item.id,
      data: { title: 'Fågelholkar sätts upp', _status: 'draft' },
      draft: false,
      overrideAccess: true,
    })
    expect(await found('fågelholkar')).toEqual([])
    expect(ids(await search({ query: 'fågelholkar', preview: true }, communicator))).toEqual([String(item.id)])

    await api.payload.delete({ collection: 'news', id: item.id, overrideAccess: true })
    expect(ids(await search({ query: 'fågelholkar', preview: true }, communicator))).toEqual([])
  })

  it('news(filter: { search }) pages newest first, both ways, through the matches only', async () => {
    const NEWS_PAGE = `query($first: Int, $after: String, $last: Int, $before: String) {
      news(first: $first, after: $after, last: $last, before: $before, filter: { search: "sälgbuskar" }) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id publishedAt } }
      }
    }`
    type NewsPage = { totalCount: number; pageInfo: Connection['pageInfo']; edges: Array<{ node: { id: string; publishedAt: string } }> }
    const newsPage = async (variables: Record<string, unknown>): Promise<NewsPage> => dataOf(await api.post(NEWS_PAGE, variables)).news
    const all = (await newsPage({ first: 100 })).edges.map((edge) => edge.node)
    expect(all).toHaveLength(5)
    const dates = all.map((node) => node.publishedAt)
    expect(dates).toEqual([...dates].sort().reverse())

    const forward: string[] = []
    let after: string | null = null
    do {
      const page: NewsPage = await newsPage({ first: 2, after })
      expect(page.totalCount).toBe(5)
      forward.push(...page.edges.map((edge) => edge.node.id))
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null
    } while (after)
    expect(forward).toEqual(all.map((node) => node.id))

    const backward: string[] = []
    let before: string | null = null
    do {
      const page: NewsPage = await newsPage({ last: 2, before })
      backward.unshift(...page.edges.map((edge) => edge.node.id))
      before = page.pageInfo.hasPreviousPage ? page.pageInfo.startCursor : null
    } while (before)
    expect(backward).toEqual(forward)
  })

  it('news(filter: { search }) searches the same index', async () => {
    const NEWS = 'query($search: String) { news(first: 50, filter: { search: $search }) { totalCount edges { node { id } } } }'
    const news = dataOf(await api.post(NEWS, { search: 'KVARNBÄCK grävskopa' })).news
    expect(news.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([String(wetland.id)])
  })
})
