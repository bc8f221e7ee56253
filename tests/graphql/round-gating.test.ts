import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedSynthetic } from '../../bench/synthetic'
import { FOLLOW_UP_YEARS, OPEN_ROUND_YEAR, syntheticProgrammeSlug } from '../../bench/synthetic/data'
import { dataOf, goalIdsByCode, loginHeaders, SEED_GOALS, type SeededApi, seededApi, seedStatusIn } from '../helpers/graphql-seeded'

let api: SeededApi
let strategist: Record<string, string>
let roundId: string
let goal11: string

const NEWS_SLUG = 'uppfoljning-av-kmpp-2020'
const ASSESSED_2020 = SEED_GOALS.filter((goal) => seedStatusIn(goal, 2020) !== 'not_assessed').length

/** What readers see of the seeded programme's years, its 2020 follow-up, a goal's 2020 assessment and the 2020 news. */
const OF_THE_YEAR = `query($goal: ID!, $preview: Boolean!) {
  programme(slug: "kmpp-2017") { years latestFollowUp { year } followUp(year: 2020) { year } }
  followUp(programme: "kmpp-2017", year: 2020, preview: $preview) { year assessedCount programme { years } }
  milestoneGoal(id: $goal) { assessment(year: 2020) { year status } assessments { year } }
  news(first: 10, preview: $preview) { totalCount edges { node { slug } } }
  yearNews: news(filter: { year: 2020 }, preview: $preview) { totalCount }
  newsItem(slug: "${NEWS_SLUG}", preview: $preview) { slug }
}`

async function seen(preview: boolean) {
  return dataOf(await api.post(OF_THE_YEAR, { goal: goal11, preview }, preview ? strategist : {}))
}

async function setRoundState(state: 'open' | 'review' | 'published') {
  // The round's state becomes published only through its publication, which says so in the context.
  await api.payload.update({
    collection: 'follow-up-rounds',
    id: roundId,
    data: { state },
    overrideAccess: true,
    context: { publishingRound: true },
  })
}

beforeAll(async () => {
  api = await seededApi()
  strategist = await loginHeaders(api.payload, 'strategist')
  goal11 = (await goalIdsByCode(api.payload)).get('1.1')!
  // The seed's 2020 assessments and news are published: its round of 2020, back from published, must hide them all the same.
  const {
    docs: [round],
  } = await api.payload.find({ collection: 'follow-up-rounds', where: { year: { equals: 2020 } }, depth: 0, overrideAccess: true })
  roundId = String(round.id)
}, 120_000)

afterAll(async () => {
  await api?.close()
})

describe('a year whose follow-up round is not published', () => {
  it('is nowhere for anonymous readers: not a year, no follow-up, no assessment, no news about it', async () => {
    for (const state of ['open', 'review'] as const) {
      await setRoundState(state)
      const data = await seen(false)
      expect(data.programme.years, state).toEqual([2018, 2019])
      expect(data.programme.latestFollowUp, state).toEqual({ year: 2019 })
      expect(data.programme.followUp, state).toBeNull()
      expect(data.followUp, state).toBeNull()
      expect(data.milestoneGoal.assessment, state).toBeNull()
      expect(
        data.milestoneGoal.assessments.map((a: { year: number }) => a.year),
        state,
      ).toEqual([2018, 2019])
      expect(
        data.news.edges.map((edge: { node: { slug: string } }) => edge.node.slug),
        state,
      ).not.toContain(NEWS_SLUG)
      expect(data.news.totalCount, state).toBe(data.news.edges.length)
      expect(data.yearNews.totalCount, state).toBe(0)
      expect(data.newsItem, state).toBeNull()
    }
  })

  it('is all there for a signed-in editor with preview', async () => {
    await setRoundState('review')
    const data = await seen(true)
    // Preview shows the seed's open round of 2021 too, with its follow-ups in every review state.
    expect(data.followUp).toMatchObject({ year: 2020, assessedCount: ASSESSED_2020, programme: { years: [2018, 2019, 2020, 2021] } })
    expect(data.news.edges.map((edge: { node: { slug: string } }) => edge.node.slug)).toContain(NEWS_SLUG)
    expect(data.yearNews.totalCount).toBe(1)
    expect(data.newsItem).toEqual({ slug: NEWS_SLUG })
  })

  it('is public again, whole, once the round is published', async () => {
    await setRoundState('published')
    const data = await seen(false)
    expect(data.programme.years).toEqual([2018, 2019, 2020])
    expect(data.programme.latestFollowUp).toEqual({ year: 2020 })
    expect(data.followUp).toMatchObject({ year: 2020, assessedCount: ASSESSED_2020 })
    expect(data.milestoneGoal.assessment).toMatchObject({ year: 2020 })
    expect(data.yearNews.totalCount).toBe(1)
    expect(data.newsItem).toEqual({ slug: NEWS_SLUG })
  })
})

describe('the hidden years of several programmes', () => {
  const YEARS = `query {
    kmpp: followUp(programme: "kmpp-2017", year: 2020) { year }
    first: followUp(programme: "${syntheticProgrammeSlug(1)}", year: 2020) { year }
    second: followUp(programme: "${syntheticProgrammeSlug(2)}", year: 2020) { year }
    firstYears: programme(slug: "${syntheticProgrammeSlug(1)}") { years }
  }`
  const roundOf = async (slug: string, year: number) => {
    const { docs } = await api.payload.find({ collection: 'programmes', where: { slug: { equals: slug } }, depth: 0, overrideAccess: true })
    const rounds = await api.payload.find({
      collection: 'follow-up-rounds',
      where: { and: [{ programme: { equals: docs[0].id } }, { year: { equals: year } }] },
      depth: 0,
      overrideAccess: true,
    })
    return String(rounds.docs[0].id)
  }

  beforeAll(async () => {
    await seedSynthetic(api.payload, 2, () => {})
  }, 300_000)

  it('hide a year of the programmes whose round of it is not published, and of no other', async () => {
    // KMPP and the second programme hide 2020, the first shows it; each synthetic programme hides its open year.
    await setRoundState('open')
    const second2020 = await roundOf(syntheticProgrammeSlug(2), 2020)
    await api.payload.update({
      collection: 'follow-up-rounds',
      id: second2020,
      data: { state: 'open' },
      overrideAccess: true,
      context: { publishingRound: true },
    })
    const data = dataOf(await api.post(YEARS, {}))
    expect(data.kmpp).toBeNull()
    expect(data.second).toBeNull()
    expect(data.first).toEqual({ year: 2020 })
    expect(data.firstYears.years).toContain(FOLLOW_UP_YEARS.last)
    expect(data.firstYears.years).not.toContain(OPEN_ROUND_YEAR)
  })
})
