import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dataOf, goalIdsByCode, loginHeaders, type SeededApi, seededApi } from '../helpers/graphql-seeded'

/**
 * Drafts skip Payload's validation, so an editor can save them incomplete: "Skapa ny" under
 * Nyheter autosaves a draft with nothing in it, and a strategist can save a follow-up draft before
 * choosing its year or status. No preview may break on them.
 */
let api: SeededApi
let strategist: Record<string, string>
let emptyNewsId: string
let untitledLinkedId: string

const CLEARED_SLUG = 'rubriken-togs-bort'

beforeAll(async () => {
  api = await seededApi()
  const { payload } = api
  strategist = await loginHeaders(payload, 'strategist')
  const goals = await goalIdsByCode(payload)
  const draft = { draft: true, overrideAccess: true } as const

  emptyNewsId = String((await payload.create({ collection: 'news', data: {} as never, ...draft })).id)
  // Untitled, but about the 2020 follow-up: it is among the report's news in preview.
  const linked = await payload.create({
    collection: 'news',
    data: { followUpYear: 2020, milestoneGoals: [goals.get('1.1')!] } as never,
    ...draft,
  })
  untitledLinkedId = String(linked.id)
  // A title gave it a slug; then the editor emptied the title.
  const cleared = await payload.create({ collection: 'news', data: { title: 'Rubriken togs bort' }, ...draft })
  expect(cleared.slug).toBe(CLEARED_SLUG)
  await payload.update({ collection: 'news', id: cleared.id, data: { title: null } as never, ...draft })

  // Follow-up drafts of goals that are in the 2020 and 2021 reports: one without a year or status, one without a status, one with nothing.
  await payload.create({ collection: 'follow-ups', data: { milestoneGoal: goals.get('1.2')!, status: null } as never, ...draft })
  await payload.create({
    collection: 'follow-ups',
    data: { milestoneGoal: goals.get('1.3')!, year: 2021, status: null } as never,
    ...draft,
  })
  await payload.create({ collection: 'follow-ups', data: {} as never, ...draft })
})
afterAll(async () => {
  await api?.close()
})

const NEWS_ITEM_FIELDS = `id slug title lead body publishedAt updatedAt heroImage { url } contact { name }
  focusAreas { slug } milestoneGoals { code } followUpYear draft`
const NEWS = `query($locale: Locale) {
  news(first: 20, preview: true, locale: $locale) { totalCount edges { cursor node { ${NEWS_ITEM_FIELDS} } } }
}`
const ITEM = `query($slug: String!, $preview: Boolean) { newsItem(slug: $slug, preview: $preview) { ${NEWS_ITEM_FIELDS} } }`
const GOAL_ROW = `milestoneGoal { code assessments { year status } assessment(year: 2021) { status } }
  status previousStatus change commentary indicators { name }`
const REPORT = `query($year: Int!) { followUp(programme: "kmpp-2017", year: $year, preview: true) {
  statusCounts { status count } goalCount assessedCount
  goals { ${GOAL_ROW} } changes { ${GOAL_ROW} } dueThisYear { ${GOAL_ROW} } disagreements { ${GOAL_ROW} }
  focusAreas { focusArea { slug } statusCounts { status count } goals { ${GOAL_ROW} } }
  news { ${NEWS_ITEM_FIELDS} } } }`

type Row = {
  milestoneGoal: { code: string; assessments: Array<{ year: number; status: string }>; assessment: { status: string } | null }
  status: string
}
const rowOf = (rows: Row[], code: string) => rows.find((row) => row.milestoneGoal.code === code)!

describe('news drafts saved without a title, in preview', () => {
  it('news lists them, titled (Utkast utan rubrik), with their ID as slug', async () => {
    const { news } = dataOf(await api.post(NEWS, {}, strategist))
    const node = (id: string) => news.edges.find((edge: { node: { id: string } }) => edge.node.id === id)?.node
    expect(node(emptyNewsId)).toMatchObject({
      slug: emptyNewsId,
      title: '(Utkast utan rubrik)',
      lead: null,
      body: null,
      draft: true,
      focusAreas: [],
    })
    expect(node(untitledLinkedId)).toMatchObject({
      slug: untitledLinkedId,
      title: '(Utkast utan rubrik)',
      milestoneGoals: [{ code: '1.1' }],
    })
    expect(news.totalCount).toBe(news.edges.length)
  })

  it('in English, titled (Untitled draft)', async () => {
    const { news } = dataOf(await api.post(NEWS, { locale: 'EN' }, strategist))
    expect(news.edges.find((edge: { node: { id: string } }) => edge.node.id === emptyNewsId).node.title).toBe('(Untitled draft)')
  })

  it('newsItem finds an untitled draft by the ID it gives as its slug, in preview only', async () => {
    expect(dataOf(await api.post(ITEM, { slug: emptyNewsId, preview: true }, strategist)).newsItem).toMatchObject({
      id: emptyNewsId,
      slug: emptyNewsId,
    })
    expect(dataOf(await api.post(ITEM, { slug: emptyNewsId }, strategist)).newsItem).toBeNull()
  })

  it('a draft whose title was emptied keeps its slug and shows the placeholder title', async () => {
    expect(dataOf(await api.post(ITEM, { slug: CLEARED_SLUG, preview: true }, strategist)).newsItem).toMatchObject({
      slug: CLEARED_SLUG,
      title: '(Utkast utan rubrik)',
    })
  })

  it('the report’s news lists the untitled draft about its year', async () => {
    const { followUp } = dataOf(await api.post(REPORT, { year: 2020 }, strategist))
    expect(followUp.news.map((item: { id: string; title: string }) => [item.id, item.title])).toContainEqual([
      untitledLinkedId,
      '(Utkast utan rubrik)',
    ])
  })
})

describe('follow-up drafts saved without a year or status, in preview', () => {
  it('every list of the 2020 and 2021 reports answers', async () => {
    for (const year of [2020, 2021]) {
      const { followUp } = dataOf(await api.post(REPORT, { year }, strategist))
      expect(followUp.goalCount).toBe(followUp.goals.length)
    }
  })

  it('a draft without a year is an assessment of no year: it is left out of the goal’s assessments', async () => {
    const { followUp } = dataOf(await api.post(REPORT, { year: 2020 }, strategist))
    const years = rowOf(followUp.goals, '1.2').milestoneGoal.assessments.map((assessment) => assessment.year)
    expect(years).toEqual([...years].sort())
    expect(years.every((year) => Number.isInteger(year))).toBe(true)
  })

  it('a draft without a status counts as NOT_ASSESSED', async () => {
    const { followUp } = dataOf(await api.post(REPORT, { year: 2021 }, strategist))
    const row = rowOf(followUp.goals, '1.3')
    expect(row.status).toBe('NOT_ASSESSED')
    expect(row.milestoneGoal.assessment).toEqual({ status: 'NOT_ASSESSED' })
    expect(row.milestoneGoal.assessments.at(-1)).toEqual({ year: 2021, status: 'NOT_ASSESSED' })
  })
})
