import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { news as seedNews } from '../../src/seed/data/news'
import { richTextFromParagraphs, searchableText } from '../../src/shared/richtext'
import { dataOf, errorCodeOf, goalIdsByCode, type SeededApi, seededApi } from '../helpers/graphql-seeded'

let api: SeededApi

/** What the test knows about each published item, to compute every expected page itself. */
type Item = { slug: string; publishedAt: string; id: string; year: number | null; focusAreas: string[]; goal: string | null; text: string }
const published: Item[] = []

const WATER = 'rent-vatten-och-naturens-mangfald'
const FOOD = 'hallbar-konsumtion-och-resurseffektiva-kretslopp'
const day = (n: number) => new Date(Date.UTC(2021, 0, 1 + n, 9)).toISOString()
/** Item i's title and texts: three with å, ä, ö in different cases, one with % and _ in its lead. */
const TITLES: Record<number, string> = {
  2: 'Återvinning i Handen',
  7: 'ÖVERSIKT över året',
  12: 'Vi ska äta mer vegetariskt',
  18: 'Rabatt på 50% för cykel_verkstad',
}
const BODIES: Record<number, string> = { 4: 'Om dagvatten och ÅTGÄRDER i sjöarna.' }

beforeAll(async () => {
  api = await seededApi()
  const { payload } = api
  const goal23 = (await goalIdsByCode(payload)).get('2.3')!
  const focusAreas = new Map(
    (await payload.find({ collection: 'focus-areas', pagination: false, depth: 0, overrideAccess: true })).docs.map((area) => [
      area.slug,
      String(area.id),
    ]),
  )

  // The seeded item, published 2020-06-15, older than all of these.
  const [seed] = seedNews
  const {
    docs: [seedDoc],
  } = await payload.find({ collection: 'news', where: { slug: { equals: seed.slug } }, depth: 0, overrideAccess: true })
  published.push({
    slug: seed.slug,
    publishedAt: seed.publishedAt,
    id: String(seedDoc.id),
    year: seed.followUpYear,
    focusAreas: seed.focusAreas,
    goal: null,
    text: searchableText(seed.title.sv, seed.lead.sv, seed.body.sv.map((p) => p.replace(/^## /, '')).join('\n\n')),
  })

  // 25 published items; items 8-11 share one publication time (day 60), so they tie.
  for (let i = 0; i < 25; i++) {
    const publishedAt = i >= 8 && i <= 11 ? day(60) : day(i < 8 ? 100 - i : 50 - i)
    const year = i % 5 === 0 ? 2019 : i % 5 === 1 ? 2020 : null
    const focusArea = i % 3 === 0 ? WATER : i % 3 === 1 ? FOOD : null
    const goal = i % 4 === 0 ? goal23 : null
    const title = TITLES[i] ?? `Nyhet nummer ${i}`
    const lead = i === 18 ? 'Ingress med procent.' : `Ingress nummer ${i}.`
    const body = BODIES[i] ?? 'Brödtext.'
    const doc = await payload.create({
      collection: 'news',
      data: {
        title,
        slug: `nyhet-${i}`,
        lead,
        body: richTextFromParagraphs([body]),
        publishedAt,
        followUpYear: year ?? undefined,
        focusAreas: focusArea ? [focusAreas.get(focusArea)!] : [],
        milestoneGoals: goal ? [goal] : [],
        _status: 'published',
      },
      overrideAccess: true,
      depth: 0,
    })
    published.push({
      slug: doc.slug,
      publishedAt,
      id: String(doc.id),
      year,
      focusAreas: focusArea ? [focusArea] : [],
      goal,
      text: searchableText(title, lead, body),
    })
  }

  // Drafts, one of them matching every filter below.
  for (let i = 0; i < 3; i++) {
    await payload.create({
      collection: 'news',
      data: {
        title: `Utkast ${i} om återvinning och ÖVERSIKT att äta`,
        slug: `utkast-${i}`,
        followUpYear: 2019,
        focusAreas: [focusAreas.get(WATER)!],
        milestoneGoals: [goal23],
        _status: 'draft',
      },
      draft: true,
      overrideAccess: true,
      depth: 0,
    })
  }
})
afterAll(async () => {
  await api?.close()
})

/** Newest first; items published at the same time by descending ID, as the cursor encodes them. */
const newestFirst = (items: Item[]) =>
  [...items].sort((a, b) =>
    a.publishedAt === b.publishedAt ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.publishedAt < b.publishedAt ? 1 : -1,
  )

const PAGE = `query($first: Int, $after: String, $filter: NewsFilter) {
  news(first: $first, after: $after, filter: $filter) {
    totalCount edges { cursor node { id slug publishedAt draft } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`

type Page = {
  totalCount: number
  edges: Array<{ cursor: string; node: { id: string; slug: string; publishedAt: string; draft: boolean } }>
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }
}

async function page(variables: Record<string, unknown>): Promise<Page> {
  return dataOf(await api.post(PAGE, variables)).news
}

/** Every page from the first, following endCursor until hasNextPage is false. */
async function allPages(first: number, filter?: Record<string, unknown>): Promise<Page[]> {
  const pages = [await page({ first, filter })]
  while (pages.at(-1)!.pageInfo.hasNextPage) {
    expect(pages.length, 'more pages than items').toBeLessThan(100)
    pages.push(await page({ first, filter, after: pages.at(-1)!.pageInfo.endCursor }))
  }
  return pages
}

const slugs = (items: Item[]) => items.map((item) => item.slug)
const pageSlugs = (pages: Page[]) => pages.flatMap((p) => p.edges.map((edge) => edge.node.slug))

describe('the news connection', () => {
  it('gives the first ten newest first, with a total of all published items', async () => {
    const first = await page({ first: 10 })
    expect(published).toHaveLength(26)
    expect(first.totalCount).toBe(26)
    expect(first.edges.map((edge) => edge.node.slug)).toEqual(slugs(newestFirst(published)).slice(0, 10))
    const dates = first.edges.map((edge) => edge.node.publishedAt)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false })
    expect(first.pageInfo.startCursor).toBe(first.edges[0].cursor)
    expect(first.pageInfo.endCursor).toBe(first.edges.at(-1)!.cursor)
    expect(first.edges.every((edge) => !edge.node.draft)).toBe(true)
  })

  it('takes first: 100, the largest page, written in the query as a frontend would', async () => {
    const fields = `totalCount edges { cursor node { id slug title lead publishedAt } } pageInfo { hasNextPage endCursor }`
    const literal = await api.post(`{ news(first: 100) { ${fields} } }`)
    expect(literal.body.errors, JSON.stringify(literal.body.errors?.[0]?.message)).toBeUndefined()
    expect(literal.body.data.news.edges.map((edge: { node: { slug: string } }) => edge.node.slug)).toEqual(slugs(newestFirst(published)))
    const variable = await api.post(`query($first: Int) { news(first: $first) { ${fields} } }`, { first: 100 })
    expect(literal.body.data).toEqual(variable.body.data)
  })

  it('defaults to ten items', async () => {
    const { news } = dataOf(await api.post(`{ news { edges { node { slug } } } }`))
    expect(news.edges).toHaveLength(10)
  })

  it.each([10, 3, 100])('pages forwards %i at a time through every published item exactly once, in order', async (size) => {
    const pages = await allPages(size)
    expect(pages).toHaveLength(Math.ceil(26 / size))
    expect(pageSlugs(pages)).toEqual(slugs(newestFirst(published)))
    pages.forEach((p, i) => {
      expect(p.totalCount).toBe(26)
      expect(p.pageInfo.hasPreviousPage).toBe(i > 0)
      expect(p.pageInfo.hasNextPage).toBe(i < pages.length - 1)
      expect(p.edges.length).toBe(i < pages.length - 1 ? size : 26 - size * (pages.length - 1))
    })
  })

  it('keeps items published at the same time apart across a page boundary', async () => {
    const order = newestFirst(published)
    const tied = order.filter((item) => item.publishedAt === day(60))
    expect(tied).toHaveLength(4)
    // With pages of ten, the tie spans positions 8-11, so the first page ends inside it.
    expect(order.indexOf(tied[0])).toBe(8)
    const [first, second] = await allPages(10)
    expect(first.edges.slice(-2).map((edge) => edge.node.slug)).toEqual(slugs(tied.slice(0, 2)))
    expect(second.edges.slice(0, 2).map((edge) => edge.node.slug)).toEqual(slugs(tied.slice(2)))
  })
})

describe('filters', () => {
  const cases: Array<[string, Record<string, unknown>, (item: Item) => boolean]> = [
    ['focusArea', { focusArea: WATER }, (item) => item.focusAreas.includes(WATER)],
    ['focusArea (another)', { focusArea: FOOD }, (item) => item.focusAreas.includes(FOOD)],
    ['year 2019', { year: 2019 }, (item) => item.year === 2019],
    ['year 2020', { year: 2020 }, (item) => item.year === 2020],
    ['search återvinning', { search: 'återvinning' }, (item) => item.text.includes('återvinning')],
    ['search ÅTERVINNING', { search: 'ÅTERVINNING' }, (item) => item.text.includes('återvinning')],
    ['search översikt', { search: 'översikt' }, (item) => item.text.includes('översikt')],
    ['search ÄTA', { search: 'ÄTA' }, (item) => item.text.includes('äta')],
    ['search åtgärder (in the body)', { search: 'åtgärder' }, (item) => item.text.includes('åtgärder')],
    [
      'search two words in another order',
      { search: 'vegetariskt  ÄTA' },
      (item) => item.text.includes('vegetariskt') && item.text.includes('äta'),
    ],
    [
      'focusArea, year and search',
      { focusArea: WATER, year: 2019, search: 'nummer' },
      (item) => item.focusAreas.includes(WATER) && item.year === 2019 && item.text.includes('nummer'),
    ],
  ]

  it.each(cases)('%s', async (_, filter, predicate) => {
    const expected = slugs(newestFirst(published.filter(predicate)))
    expect(expected.length, 'the filter should match something').toBeGreaterThan(0)
    expect(expected.length, 'the filter should leave something out').toBeLessThan(26)
    const pages = await allPages(4, filter)
    expect(pageSlugs(pages)).toEqual(expected)
    for (const p of pages) expect(p.totalCount).toBe(expected.length)
  })

  it('finds å, ä and ö in any case: återvinning, ÖVERSIKT and äta', async () => {
    const found = async (search: string) => pageSlugs(await allPages(100, { search }))
    expect(await found('återvinning')).toEqual(['nyhet-2'])
    expect(await found('ÖVERSIKT')).toEqual(['nyhet-7'])
    expect(await found('översikt')).toEqual(['nyhet-7'])
    expect(await found('ÄTA')).toEqual(['nyhet-12'])
    expect(await found('åtgärder')).toEqual(['nyhet-4', 'uppfoljning-av-kmpp-2020'])
  })

  it('milestoneGoal (ID)', async () => {
    const goal23 = (await goalIdsByCode(api.payload)).get('2.3')!
    const expected = slugs(newestFirst(published.filter((item) => item.goal === goal23)))
    expect(expected).toHaveLength(7)
    const pages = await allPages(3, { milestoneGoal: goal23 })
    expect(pageSlugs(pages)).toEqual(expected)
    expect(pages[0].totalCount).toBe(7)
  })

  it('milestoneGoal and focusArea combined', async () => {
    const goal23 = (await goalIdsByCode(api.payload)).get('2.3')!
    const expected = slugs(newestFirst(published.filter((item) => item.goal === goal23 && item.focusAreas.includes(WATER))))
    expect(expected.length).toBeGreaterThan(0)
    const first = await page({ first: 50, filter: { milestoneGoal: goal23, focusArea: WATER } })
    expect(first.edges.map((edge) => edge.node.slug)).toEqual(expected)
    expect(first.totalCount).toBe(expected.length)
  })

  it('gives an empty connection for an unknown focus area', async () => {
    const result = await page({ first: 10, filter: { focusArea: 'finns-inte' } })
    expect(result).toEqual({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    })
  })

  // The search matches words (Query.search): % and _ separate words, and are never wildcards.
  it('treats % and _ in search as punctuation between words, not wildcards', async () => {
    expect(pageSlugs(await allPages(100, { search: '50%' }))).toEqual(['nyhet-18'])
    expect(pageSlugs(await allPages(100, { search: 'cykel_verkstad' }))).toEqual(['nyhet-18'])
    expect(pageSlugs(await allPages(100, { search: 'verkstad cykel' }))).toEqual(['nyhet-18'])
    expect(pageSlugs(await allPages(100, { search: '%' }))).toEqual([])
    expect(pageSlugs(await allPages(100, { search: '_' }))).toEqual([])
  })
})

describe('the follow-up report’s news', () => {
  it('lists each published item of the year linked to a focus area, a goal or both once, newest first', async () => {
    for (const year of [2019, 2020]) {
      const linked = published.filter((item) => item.year === year && (item.focusAreas.length > 0 || item.goal !== null))
      const kinds = linked.map((item) => [item.focusAreas.length > 0, item.goal !== null].join())
      if (year === 2019) expect(new Set(kinds)).toEqual(new Set(['true,true', 'true,false', 'false,true']))
      expect(published.some((item) => item.year === year && !linked.includes(item))).toBe(true)

      const { followUp } = dataOf(
        await api.post(`query($year: Int!) { followUp(programme: "kmpp-2017", year: $year) { news { slug } } }`, { year }),
      )
      expect(
        followUp.news.map((item: { slug: string }) => item.slug),
        String(year),
      ).toEqual(slugs(newestFirst(linked)))
    }
  })
})

describe('bad arguments', () => {
  it.each([0, -1, 101])('refuses first: %i with BAD_USER_INPUT', async (first) => {
    expect(errorCodeOf(await api.post(PAGE, { first }))).toBe('BAD_USER_INPUT')
  })

  it.each([
    ['nonsense', 'nonsense'],
    ['base64 of another JSON value', Buffer.from(JSON.stringify({ hello: 'world' })).toString('base64')],
    ['base64 of a pair that is not a date and an ID', Buffer.from(JSON.stringify(['not a date', 'x'])).toString('base64url')],
    ['base64 of plain text', Buffer.from('cursor:10').toString('base64')],
  ])('refuses a malformed cursor (%s) with BAD_USER_INPUT', async (_, after) => {
    expect(errorCodeOf(await api.post(PAGE, { first: 5, after }))).toBe('BAD_USER_INPUT')
  })

  it('refuses a filter year outside 1990-2100 with BAD_USER_INPUT', async () => {
    expect(errorCodeOf(await api.post(PAGE, { first: 5, filter: { year: 1989 } }))).toBe('BAD_USER_INPUT')
  })
})
