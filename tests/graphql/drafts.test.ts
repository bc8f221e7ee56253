import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richTextFromParagraphs } from '../../src/shared/richtext'
import { dataOf, errorCodeOf, goalIdsByCode, loginHeaders, type SeededApi, seededApi } from '../helpers/graphql-seeded'

let api: SeededApi
let communicator: Record<string, string>
let strategist: Record<string, string>

const DRAFT_SLUG = 'utkast-om-uppfoljningen-2020'
const REVISED_SLUG = 'publicerad-med-nytt-utkast'
const NEW_GOAL_CODE = '5.9'

beforeAll(async () => {
  api = await seededApi()
  const { payload } = api
  communicator = await loginHeaders(payload, 'communicator')
  strategist = await loginHeaders(payload, 'strategist')
  const goals = await goalIdsByCode(payload)
  const { docs: areas } = await payload.find({ collection: 'focus-areas', pagination: false, depth: 0, overrideAccess: true })
  const areaId = (slug: string) => String(areas.find((area) => area.slug === slug)!.id)

  // A news item never published, about the 2020 follow-up of the programme.
  await payload.create({
    collection: 'news',
    data: {
      title: 'Utkast: uppföljningen 2020',
      slug: DRAFT_SLUG,
      lead: 'Inte klar än.',
      body: richTextFromParagraphs(['Hemligt utkast.']),
      followUpYear: 2020,
      focusAreas: [areaId('fossilfria-resor-och-transporter')],
      milestoneGoals: [goals.get('1.1')!],
      _status: 'draft',
    },
    draft: true,
    overrideAccess: true,
  })

  // A published item with a newer, unpublished draft, linked to the programme through a goal only.
  const revised = await payload.create({
    collection: 'news',
    data: {
      title: 'Publicerad rubrik',
      slug: REVISED_SLUG,
      publishedAt: '2020-08-01T08:00:00.000Z',
      followUpYear: 2020,
      milestoneGoals: [goals.get('2.1')!],
      body: richTextFromParagraphs(['Första versionens brödtext.']),
      _status: 'published',
    },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'news',
    id: revised.id,
    data: { title: 'Ny rubrik i utkastet', body: richTextFromParagraphs(['Andra versionens brödtext.']) },
    draft: true,
    overrideAccess: true,
  })

  // An unpublished change of a published assessment: 1.1 is on track in 2020, the draft says not achieved.
  const {
    docs: [assessment],
  } = await payload.find({
    collection: 'follow-ups',
    where: { and: [{ milestoneGoal: { equals: goals.get('1.1') } }, { year: { equals: 2020 } }] },
    depth: 0,
    overrideAccess: true,
  })
  expect(assessment.status).toBe('on_track')
  await payload.update({ collection: 'follow-ups', id: assessment.id, data: { status: 'not_achieved' }, draft: true, overrideAccess: true })

  // A new goal whose only assessment, for 2020, is a draft; and a draft-only assessment for 2021.
  const newGoal = await payload.create({
    collection: 'milestone-goals',
    data: { focusArea: areaId('kommunikation-och-samverkan'), code: NEW_GOAL_CODE, text: 'Ett nytt etappmål.', targetYear: 2025 },
    overrideAccess: true,
  })
  await payload.create({
    collection: 'follow-ups',
    data: { milestoneGoal: newGoal.id, year: 2020, status: 'achieved', _status: 'draft' },
    draft: true,
    overrideAccess: true,
  })
  await payload.create({
    collection: 'follow-ups',
    data: { milestoneGoal: goals.get('2.3')!, year: 2021, status: 'achieved', _status: 'draft' },
    draft: true,
    overrideAccess: true,
  })
})
afterAll(async () => {
  await api?.close()
})

const NEWS = `query($preview: Boolean) { news(first: 20, preview: $preview) { totalCount edges { node { slug title draft } } } }`
const ITEM = `query($slug: String!, $preview: Boolean) { newsItem(slug: $slug, preview: $preview) { slug title draft } }`
const BODY = `query($slug: String!, $preview: Boolean) { newsItem(slug: $slug, preview: $preview) { body(format: TEXT) } }`
const REPORT = `query($preview: Boolean) { followUp(programme: "kmpp-2017", year: 2020, preview: $preview) {
  goalCount statusCounts { status count } assessedCount
  goals { milestoneGoal { code } status previousStatus change }
  news { slug title } } }`

const statusOf = (report: { goals: Array<{ milestoneGoal: { code: string }; status: string }> }, code: string) =>
  report.goals.find((row) => row.milestoneGoal.code === code)?.status
const countsOf = (report: { statusCounts: Array<{ count: number }> }) => report.statusCounts.map((entry) => entry.count)
const newsSlugs = (items: Array<{ slug: string }>) => items.map((item) => item.slug)

describe('anonymous requests see published content only', () => {
  it('news lists neither the draft nor its count', async () => {
    const { news } = dataOf(await api.post(NEWS))
    expect(newsSlugs(news.edges.map((edge: { node: { slug: string } }) => edge.node))).toEqual([REVISED_SLUG, 'uppfoljning-av-kmpp-2020'])
    expect(news.totalCount).toBe(2)
  })

  it('newsItem(slug) is null for the draft', async () => {
    expect(dataOf(await api.post(ITEM, { slug: DRAFT_SLUG })).newsItem).toBeNull()
  })

  it('the 2020 report’s news leaves the draft out', async () => {
    const { followUp } = dataOf(await api.post(REPORT))
    expect(newsSlugs(followUp.news).sort()).toEqual([REVISED_SLUG, 'uppfoljning-av-kmpp-2020'].sort())
  })

  it('a published item with a newer draft shows the published title', async () => {
    const { newsItem } = dataOf(await api.post(ITEM, { slug: REVISED_SLUG }))
    expect(newsItem).toEqual({ slug: REVISED_SLUG, title: 'Publicerad rubrik', draft: false })
    const { followUp } = dataOf(await api.post(REPORT))
    expect(followUp.news.find((item: { slug: string }) => item.slug === REVISED_SLUG).title).toBe('Publicerad rubrik')
    expect(dataOf(await api.post(BODY, { slug: REVISED_SLUG })).newsItem.body).toBe('Första versionens brödtext.')
  })

  it('an unpublished change of an assessment leaves the 2020 totals as published', async () => {
    const { followUp } = dataOf(await api.post(REPORT))
    expect(statusOf(followUp, '1.1')).toBe('ON_TRACK')
    // The seeded [5, 10, 6, 3, 1], plus the new goal as not assessed.
    expect(countsOf(followUp)).toEqual([5, 10, 6, 3, 2])
    expect(followUp.goalCount).toBe(26)
    expect(followUp.assessedCount).toBe(24)
  })

  it('a new goal whose only assessment is a draft counts as NOT_ASSESSED', async () => {
    const { followUp } = dataOf(await api.post(REPORT))
    const row = followUp.goals.find((goal: { milestoneGoal: { code: string } }) => goal.milestoneGoal.code === NEW_GOAL_CODE)
    expect(row).toMatchObject({ status: 'NOT_ASSESSED', previousStatus: null, change: 'NEW' })
  })

  it('a year with only draft assessments is not among the programme’s years', async () => {
    const { programme } = dataOf(await api.post(`{ programme(slug: "kmpp-2017") { years latestFollowUp { year } } }`))
    expect(programme).toEqual({ years: [2018, 2019, 2020], latestFollowUp: { year: 2020 } })
  })

  it.each([
    ['followUp', `{ followUp(programme: "kmpp-2017", year: 2020, preview: true) { year } }`],
    ['newsItem', `{ newsItem(slug: "${DRAFT_SLUG}", preview: true) { slug } }`],
    ['news', `{ news(preview: true) { totalCount } }`],
  ])('preview: true on %s is FORBIDDEN', async (_, source) => {
    const response = await api.post(source)
    expect(errorCodeOf(response)).toBe('FORBIDDEN')
    expect(JSON.stringify(response.body.data ?? null)).not.toContain('Utkast')
  })

  it('preview: true with an invalid token is FORBIDDEN too', async () => {
    const response = await api.post(`{ news(preview: true) { totalCount } }`, undefined, { Authorization: 'JWT not-a-valid-token' })
    expect(errorCodeOf(response)).toBe('FORBIDDEN')
  })
})

describe('signed-in editors preview drafts', () => {
  it('a communicator sees the draft title of a published item with preview: true', async () => {
    const { newsItem } = dataOf(await api.post(ITEM, { slug: REVISED_SLUG, preview: true }, communicator))
    expect(newsItem).toEqual({ slug: REVISED_SLUG, title: 'Ny rubrik i utkastet', draft: true })
    expect(dataOf(await api.post(BODY, { slug: REVISED_SLUG, preview: true }, communicator)).newsItem.body).toBe(
      'Andra versionens brödtext.',
    )
  })

  it('a communicator sees never-published drafts in newsItem, news and the report with preview: true', async () => {
    expect(dataOf(await api.post(ITEM, { slug: DRAFT_SLUG, preview: true }, communicator)).newsItem).toEqual({
      slug: DRAFT_SLUG,
      title: 'Utkast: uppföljningen 2020',
      draft: true,
    })
    const { news } = dataOf(await api.post(NEWS, { preview: true }, communicator))
    expect(newsSlugs(news.edges.map((edge: { node: { slug: string } }) => edge.node)).sort()).toEqual(
      [DRAFT_SLUG, REVISED_SLUG, 'uppfoljning-av-kmpp-2020'].sort(),
    )
    expect(news.totalCount).toBe(3)
    const { followUp } = dataOf(await api.post(REPORT, { preview: true }, communicator))
    expect(newsSlugs(followUp.news)).toContain(DRAFT_SLUG)
  })

  it('with preview: true, totalCount counts the items the connection lists, drafts’ own texts included', async () => {
    const SEARCH = `query($search: String, $preview: Boolean) {
      news(first: 20, filter: { search: $search }, preview: $preview) { totalCount edges { node { slug } } } }`
    const anonymous = dataOf(await api.post(SEARCH, { search: 'utkastet' })).news
    expect(anonymous).toEqual({ totalCount: 0, edges: [] })
    // Only the newer draft of the published item has "utkastet" in its title.
    const onlyInDraft = dataOf(await api.post(SEARCH, { search: 'utkastet', preview: true }, communicator)).news
    expect(onlyInDraft.edges).toEqual([{ node: { slug: REVISED_SLUG } }])
    expect(onlyInDraft.totalCount).toBe(onlyInDraft.edges.length)
    // And "publicerad" is only in its published title, which the draft replaced.
    const onlyPublished = dataOf(await api.post(SEARCH, { search: 'publicerad', preview: true }, communicator)).news
    expect(onlyPublished.totalCount).toBe(onlyPublished.edges.length)
  })

  it('a strategist sees the draft assessments in followUp(preview: true)', async () => {
    const { followUp } = dataOf(await api.post(REPORT, { preview: true }, strategist))
    expect(statusOf(followUp, '1.1')).toBe('NOT_ACHIEVED')
    expect(statusOf(followUp, NEW_GOAL_CODE)).toBe('ACHIEVED')
    // 1.1 moves from on track to not achieved; the new goal is achieved.
    expect(countsOf(followUp)).toEqual([6, 9, 6, 4, 1])
    expect(followUp.assessedCount).toBe(25)
  })
})

describe('signed-in editors without preview: true see published content only', () => {
  it('a communicator does not get the never-published news item', async () => {
    expect(dataOf(await api.post(ITEM, { slug: DRAFT_SLUG }, communicator)).newsItem).toBeNull()
    const { news } = dataOf(await api.post(NEWS, {}, communicator))
    expect(newsSlugs(news.edges.map((edge: { node: { slug: string } }) => edge.node))).toEqual([REVISED_SLUG, 'uppfoljning-av-kmpp-2020'])
    expect(news.totalCount).toBe(2)
  })

  it('a communicator gets the published title of an item with a newer draft', async () => {
    expect(dataOf(await api.post(ITEM, { slug: REVISED_SLUG }, communicator)).newsItem.title).toBe('Publicerad rubrik')
  })

  it('a strategist gets the published statuses, not the draft-only assessment of the new goal', async () => {
    const { followUp } = dataOf(await api.post(REPORT, {}, strategist))
    expect(statusOf(followUp, '1.1')).toBe('ON_TRACK')
    expect(newsSlugs(followUp.news)).not.toContain(DRAFT_SLUG)
    expect(statusOf(followUp, NEW_GOAL_CODE)).toBe('NOT_ASSESSED')
    expect(countsOf(followUp)).toEqual([5, 10, 6, 3, 2])
  })

  it('a strategist gets only the years with published assessments', async () => {
    const { programme } = dataOf(
      await api.post(`{ programme(slug: "kmpp-2017") { years latestFollowUp { year } } }`, undefined, strategist),
    )
    expect(programme).toEqual({ years: [2018, 2019, 2020], latestFollowUp: { year: 2020 } })
  })
})
