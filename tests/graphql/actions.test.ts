import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richTextFromParagraphs } from '../../src/shared/richtext'
import { dataOf, errorCodeOf, goalIdsByCode, loginHeaders, type SeededApi, seededApi } from '../helpers/graphql-seeded'
import { createAction, organisationId, programmeId, roundOf } from './action-fixtures'

let api: SeededApi
let goals: Map<string, string>
let communicator: Record<string, string>
let chargingId: string

const KSF = 'kommunstyrelseforvaltningen'
const SBF = 'samhallsbyggnadsforvaltningen'
const TORNBERGET = 'tornberget'

beforeAll(async () => {
  api = await seededApi()
  const { payload } = api
  goals = await goalIdsByCode(payload)
  communicator = await loginHeaders(payload, 'communicator')
  const [ksf, sbf, tornberget] = await Promise.all([KSF, SBF, TORNBERGET].map((slug) => organisationId(payload, slug)))
  // The seed's demonstration actions go, so that every list below holds exactly these fixtures.
  await payload.delete({ collection: 'actions', where: { id: { exists: true } }, overrideAccess: true })

  const charging = await createAction(
    payload,
    {
      title: 'Laddstolpar vid förskolor',
      slug: 'laddstolpar',
      description: richTextFromParagraphs(['Kommunen sätter upp laddstolpar.']),
      milestoneGoals: [goals.get('1.1')!],
      responsible: [sbf, ksf],
      state: 'ongoing',
      startYear: 2018,
      endYear: 2020,
      updates: [
        { year: 2021, text: 'Tio stolpar till.' },
        { year: 2019, text: 'Fem stolpar uppsatta.' },
        { year: 2020, text: 'Tolv stolpar uppsatta.' },
      ],
    },
    { en: { title: 'Charging posts at pre-schools', updates: ['Ten more posts.', 'Five posts put up.', 'Twelve posts put up.'] } },
  )
  chargingId = charging.id
  await createAction(payload, {
    title: 'Biogas i kommunens fordon',
    slug: 'biogas',
    milestoneGoals: [goals.get('1.1')!, goals.get('2.1')!],
    responsible: [ksf],
    state: 'planned',
    startYear: 2021,
  })
  await createAction(payload, {
    title: 'Energieffektivisering av skolor',
    slug: 'energi',
    milestoneGoals: [goals.get('2.1')!],
    responsible: [tornberget],
    state: 'done',
    startYear: 2016,
    endYear: 2018,
  })
  await createAction(payload, {
    title: 'Cykelkampanj',
    slug: 'cykel',
    milestoneGoals: [goals.get('1.1')!],
    responsible: [sbf],
    state: 'cancelled',
    startYear: 2019,
    endYear: 2019,
  })
  await createAction(
    payload,
    { title: 'Elbilspool', slug: 'elbilspool', milestoneGoals: [goals.get('1.1')!], responsible: [ksf], startYear: 2020 },
    { draft: true },
  )
  // 2021's round is still open: what actions say of 2021 is not public yet.
  await roundOf(payload, await programmeId(payload), 2021, 'open')
})
afterAll(async () => {
  await api?.close()
})

const titles = (actions: Array<{ title: string }>) => actions.map((action) => action.title)

describe('the actions of a goal, of an organisation and of a goal in a follow-up', () => {
  it('are the published actions, by title', async () => {
    const query = `query($id: ID!) { milestoneGoal(id: $id) { actions { title } } organisation(slug: "${KSF}") { actions { title } } }`
    const data = dataOf(await api.post(query, { id: goals.get('1.1') }))
    expect(titles(data.milestoneGoal.actions)).toEqual(['Biogas i kommunens fordon', 'Cykelkampanj', 'Laddstolpar vid förskolor'])
    expect(titles(data.organisation.actions)).toEqual(['Biogas i kommunens fordon', 'Laddstolpar vid förskolor'])
  })

  it('in a follow-up are those active in its year, and actionCounts counts them per state, zeros too', async () => {
    const query = `query($year: Int!) { followUp(programme: "kmpp-2017", year: $year) {
      actionCounts { state count } goals { milestoneGoal { code } actions { title } } } }`
    const expected: Record<number, { goal11: string[]; goal21: string[]; counts: number[] }> = {
      2018: { goal11: ['Laddstolpar vid förskolor'], goal21: ['Energieffektivisering av skolor'], counts: [0, 1, 1, 0] },
      2019: { goal11: ['Cykelkampanj', 'Laddstolpar vid förskolor'], goal21: [], counts: [0, 1, 0, 1] },
      2020: { goal11: ['Laddstolpar vid förskolor'], goal21: [], counts: [0, 1, 0, 0] },
    }
    for (const [year, { goal11, goal21, counts }] of Object.entries(expected)) {
      const { followUp } = dataOf(await api.post(query, { year: Number(year) }))
      const actionsOf = (code: string) => titles(followUp.goals.find((goal: any) => goal.milestoneGoal.code === code).actions)
      expect(actionsOf('1.1'), year).toEqual(goal11)
      expect(actionsOf('2.1'), year).toEqual(goal21)
      expect(followUp.actionCounts, year).toEqual(
        ['PLANNED', 'ONGOING', 'DONE', 'CANCELLED'].map((state, i) => ({ state, count: counts[i] })),
      )
    }
  })
})

describe('an action', () => {
  const ACTION = `query($id: ID!, $locale: Locale, $year: Int!) { milestoneGoal(id: $id, locale: $locale) { actions {
    id slug title description(format: TEXT) state startYear endYear responsible { slug } milestoneGoals { code }
    update(year: $year) updates { year text } } } }`
  const charging = async (variables: Record<string, unknown>) => {
    const { milestoneGoal } = dataOf(await api.post(ACTION, { id: goals.get('1.1'), year: 2020, ...variables }))
    return milestoneGoal.actions.find((action: { id: string }) => action.id === chargingId)
  }

  it('gives its fields, its organisations by name and its goals by code', async () => {
    expect(await charging({})).toEqual({
      id: chargingId,
      slug: 'laddstolpar',
      title: 'Laddstolpar vid förskolor',
      description: 'Kommunen sätter upp laddstolpar.',
      state: 'ONGOING',
      startYear: 2018,
      endYear: 2020,
      responsible: [{ slug: KSF }, { slug: SBF }],
      milestoneGoals: [{ code: '1.1' }],
      update: 'Tolv stolpar uppsatta.',
      updates: [
        { year: 2019, text: 'Fem stolpar uppsatta.' },
        { year: 2020, text: 'Tolv stolpar uppsatta.' },
      ],
    })
  })

  it('does not show anonymous readers what it says of a year whose round is not published', async () => {
    expect((await charging({ year: 2021 })).update).toBeNull()
    const preview = `query($id: ID!) { actions(preview: true, filter: { milestoneGoal: $id }) {
      edges { node { id update(year: 2021) updates { year } } } } }`
    const { actions } = dataOf(await api.post(preview, { id: goals.get('1.1') }, communicator))
    const node = actions.edges.find((edge: { node: { id: string } }) => edge.node.id === chargingId).node
    expect(node.update).toBe('Tio stolpar till.')
    expect(node.updates.map((update: { year: number }) => update.year)).toEqual([2019, 2020, 2021])
  })

  it('follows the locale, with Swedish where there is no translation', async () => {
    const english = await charging({ locale: 'EN' })
    expect(english.title).toBe('Charging posts at pre-schools')
    expect(english.update).toBe('Twelve posts put up.')
    const { milestoneGoal } = dataOf(
      await api.post(`query($id: ID!) { milestoneGoal(id: $id, locale: EN) { actions { slug title } } }`, { id: goals.get('2.1') }),
    )
    expect(milestoneGoal.actions.find((action: { slug: string }) => action.slug === 'biogas').title).toBe('Biogas i kommunens fordon')
  })

  it('refuses a year out of range', async () => {
    expect(errorCodeOf(await api.post(ACTION, { id: goals.get('1.1'), year: 3000 }))).toBe('BAD_USER_INPUT')
  })
})

describe('actions', () => {
  const PAGE = `query($first: Int, $after: String, $filter: ActionFilter, $preview: Boolean) {
    actions(first: $first, after: $after, filter: $filter, preview: $preview) {
      totalCount edges { cursor node { slug } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`
  const slugs = async (variables: Record<string, unknown>, headers?: Record<string, string>) =>
    dataOf(await api.post(PAGE, variables, headers)).actions.edges.map((edge: { node: { slug: string } }) => edge.node.slug)

  it('lists the published actions, latest started first, a page at a time', async () => {
    const first = dataOf(await api.post(PAGE, { first: 2 })).actions
    expect(first.totalCount).toBe(4)
    expect(first.edges.map((edge: { node: { slug: string } }) => edge.node.slug)).toEqual(['biogas', 'cykel'])
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: first.edges[1].cursor })
    const second = dataOf(await api.post(PAGE, { first: 2, after: first.pageInfo.endCursor })).actions
    expect(second.edges.map((edge: { node: { slug: string } }) => edge.node.slug)).toEqual(['laddstolpar', 'energi'])
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true })
    expect(await slugs({})).toEqual(['biogas', 'cykel', 'laddstolpar', 'energi'])
  })

  it('lists drafts in preview only', async () => {
    expect(await slugs({ preview: true }, communicator)).toContain('elbilspool')
    expect(errorCodeOf(await api.post(PAGE, { preview: true }))).toBe('FORBIDDEN')
  })

  it('filter by focus area, milestone goal, organisation, state and year, every condition together', async () => {
    const { milestoneGoal } = dataOf(
      await api.post(`query($id: ID!) { milestoneGoal(id: $id) { focusArea { slug } } }`, { id: goals.get('2.1') }),
    )
    expect(await slugs({ filter: { focusArea: milestoneGoal.focusArea.slug } })).toEqual(['biogas', 'energi'])
    expect(await slugs({ filter: { milestoneGoal: goals.get('2.1') } })).toEqual(['biogas', 'energi'])
    expect(await slugs({ filter: { organisation: TORNBERGET } })).toEqual(['energi'])
    expect(await slugs({ filter: { state: 'DONE' } })).toEqual(['energi'])
    expect(await slugs({ filter: { year: 2019 } })).toEqual(['cykel', 'laddstolpar'])
    expect(await slugs({ filter: { year: 2025 } })).toEqual(['biogas'])
    expect(await slugs({ filter: { year: 2020, organisation: SBF } })).toEqual(['laddstolpar'])
    expect(await slugs({ filter: { year: 2020, organisation: TORNBERGET } })).toEqual([])
  })

  it('match nothing for an unknown focus area, organisation or goal', async () => {
    for (const filter of [{ focusArea: 'finns-inte' }, { organisation: 'finns-inte' }, { milestoneGoal: 'abc' }]) {
      expect(dataOf(await api.post(PAGE, { filter })).actions).toMatchObject({ totalCount: 0, edges: [] })
    }
  })

  it('refuse a page size out of range, a cursor it did not give out and a year out of range', async () => {
    for (const variables of [{ first: 0 }, { first: 101 }, { after: 'bm90LWEtY3Vyc29y' }, { filter: { year: 3000 } }]) {
      expect(errorCodeOf(await api.post(PAGE, variables)), JSON.stringify(variables)).toBe('BAD_USER_INPUT')
    }
  })
})

describe('followUpRound', () => {
  const ROUND = `query($year: Int!) { followUpRound(programme: "kmpp-2017", year: $year) {
    year state deadline publishedAt total submitted approved returned missing
    organisations { organisation { slug } goals submitted approved returned missing } } }`

  beforeAll(async () => {
    const { payload } = api
    await roundOf(payload, await programmeId(payload), 2023, 'review')
    const reviews = { '1.1': 'submitted', '1.2': 'approved', '2.1': 'returned', '2.2': 'draft' } as const
    for (const [code, review] of Object.entries(reviews)) {
      await payload.create({
        collection: 'follow-ups',
        data: { milestoneGoal: goals.get(code)!, year: 2023, status: 'on_track', review, _status: 'draft' },
        draft: true,
        overrideAccess: true,
        depth: 0,
      })
    }
  })

  it('is FORBIDDEN for anonymous readers', async () => {
    expect(errorCodeOf(await api.post(ROUND, { year: 2023 }))).toBe('FORBIDDEN')
  })

  it('counts the goals of the round by their follow-up’s review state, in all and per organisation', async () => {
    const { followUpRound } = dataOf(await api.post(ROUND, { year: 2023 }, communicator))
    expect(followUpRound).toMatchObject({
      year: 2023,
      state: 'REVIEW',
      deadline: '2024-03-31',
      publishedAt: null,
      total: goals.size,
      submitted: 1,
      approved: 1,
      returned: 1,
      missing: goals.size - 3,
    })
    const responsibleFor = async (slug: string) =>
      dataOf(await api.post(`{ organisation(slug: "${slug}") { milestoneGoals { code } } }`)).organisation.milestoneGoals.map(
        (goal: { code: string }) => goal.code,
      ) as string[]
    for (const slug of [KSF, SBF, TORNBERGET]) {
      const codes = await responsibleFor(slug)
      const count = (code: string) => (codes.includes(code) ? 1 : 0)
      const reported = count('1.1') + count('1.2') + count('2.1')
      expect(followUpRound.organisations.find((entry: any) => entry.organisation.slug === slug)).toEqual({
        organisation: { slug },
        goals: codes.length,
        submitted: count('1.1'),
        approved: count('1.2'),
        returned: count('2.1'),
        missing: codes.length - reported,
      })
    }
    const names = followUpRound.organisations.map((entry: any) => entry.organisation.slug)
    expect(names).toContain(TORNBERGET)
  })

  it('is null for a year without a round', async () => {
    expect(dataOf(await api.post(ROUND, { year: 2015 }, communicator)).followUpRound).toBeNull()
  })
})
