/**
 * Soak: 50 readers on the API's main queries while a strategist publishes news items and
 * assessments through Payload's REST API for SOAK_SECONDS (60 by default). No request fails, every
 * read that starts after a publish was acknowledged shows it, and every acknowledged write is
 * there at the end, through REST and through the API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Publish, type ReadWhilePublishingResult, readWhilePublishing, type View } from '../../bench/publishing'
import type { GoalStatus } from '../../src/figures'
import { type AppServer, startApp } from '../helpers/app-server'
import {
  type Assessment,
  type AssessmentShown,
  assessmentsShown,
  createNewsItem,
  type FollowUpRef,
  followUpsOf,
  type NewsItemRef,
  type NewsState,
  newsItemShown,
  publishAssessment,
  sameAssessment,
  sameNews,
  showsAssessment,
  storedAssessment,
  storedAssessmentVersions,
  storedNewsItem,
} from './helpers/content-writes'
import { type Client, signedIn } from './helpers/http'
import { recordFigures } from './report'

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60)
const READERS = 50
const PROGRAMME = 'kmpp-2017'
const YEAR = 2020
const SEARCH = 'belastningsprov'
const ASSESSED: GoalStatus[] = ['achieved', 'on_track', 'at_risk', 'not_achieved']

type GoalShown = AssessmentShown & { milestoneGoal: { id: string } }
type NewsList = { edges: Array<{ node: { slug: string } }> }

const FOLLOW_UP_QUERY = `query SoakFollowUp($programme: String!, $year: Int!) {
  followUp(programme: $programme, year: $year) {
    assessedCount shareAchievedOrOnTrack statusCounts { status count }
    goals {
      milestoneGoal { id code } status commentary(format: TEXT)
      indicators { name latest { year value } progress { status ratio } trend { status } }
    }
  }
}`

const VIEWS: View[] = [
  { name: 'followUp', query: FOLLOW_UP_QUERY, variables: { programme: PROGRAMME, year: YEAR } },
  { name: 'news', query: '{ news(first: 10) { totalCount edges { node { slug title lead publishedAt } } } }' },
  {
    name: 'newsSearch',
    query:
      'query SoakSearch($search: String!) { news(first: 10, filter: { search: $search }) { totalCount edges { node { slug title } } } }',
    variables: { search: SEARCH },
  },
  {
    name: 'programme',
    query:
      'query SoakProgramme($slug: String!) { ' +
      'programme(slug: $slug) { title years focusAreas { slug title milestoneGoals { code text targetYear } } } }',
    variables: { slug: PROGRAMME },
  },
  {
    name: 'newsItem',
    query: 'query SoakNewsItem($slug: String!) { newsItem(slug: $slug) { slug title lead body(format: TEXT) publishedAt } }',
    variables: { slug: 'uppfoljning-av-kmpp-2020' },
  },
]

const slugsIn = (news: NewsList) => news.edges.map((edge) => edge.node.slug)
const goalIn = (data: { followUp: { goals: GoalShown[] } }, milestoneGoal: string) =>
  data.followUp.goals.find((goal) => goal.milestoneGoal.id === milestoneGoal)

let app: AppServer
let strategist: Client
let result: ReadWhilePublishingResult
const newsWritten: Array<NewsItemRef & NewsState> = []
const assessmentsWritten: Array<Assessment & { followUp: FollowUpRef }> = []
let writesFound = 0

function publishNews(n: number): Publish {
  const item: NewsState = { title: `Belastningsprov ${n}`, lead: `Nyhet ${n}, publicerad under belastningsprovet.`, _status: 'published' }
  return {
    views: ['news', 'newsSearch', 'newsItem'],
    send: async () => {
      const ref = await createNewsItem(strategist, item)
      newsWritten.push({ ...ref, ...item })
      return [
        { view: 'news', shows: (data) => slugsIn(data.news).includes(ref.slug) },
        { view: 'newsSearch', shows: (data) => slugsIn(data.news).includes(ref.slug) },
        { view: 'newsItem', variables: { slug: ref.slug }, shows: (data) => data.newsItem?.title === item.title },
      ]
    },
  }
}

function publishAssessmentOf(followUp: FollowUpRef, n: number): Publish {
  const assessment: Assessment = {
    status: ASSESSED[n % ASSESSED.length],
    commentary: `Bedömning ${n}, publicerad under belastningsprovet.`,
  }
  return {
    views: ['followUp'],
    send: async () => {
      await publishAssessment(strategist, followUp.id, assessment)
      assessmentsWritten.push({ ...assessment, followUp })
      return [{ view: 'followUp', shows: (data) => showsAssessment(goalIn(data, followUp.milestoneGoal), assessment) }]
    },
  }
}

beforeAll(
  async () => {
    app = await startApp()
    strategist = await signedIn(app.url, 'strategist')
    // Spread over every goal of the year: Payload keeps a follow-up's latest 50 versions, so every
    // assessment of a soak that makes up to 25 × 50 of them can be found.
    const followUps = await followUpsOf(strategist, PROGRAMME, YEAR)
    result = await readWhilePublishing({
      url: app.url,
      views: VIEWS,
      readers: READERS,
      seconds: SECONDS,
      nextPublish: (k) => (k % 2 ? publishAssessmentOf(followUps[((k - 1) / 2) % followUps.length], k) : publishNews(k / 2)),
    })
  },
  (SECONDS + 240) * 1000,
)

afterAll(async () => {
  await app?.stop()
  if (!result) return
  recordFigures('Soak', [
    { label: 'duration s', value: Math.round(result.seconds) },
    { label: 'readers', value: READERS },
    { label: 'requests under load', value: result.reads + result.publishes + result.failedPublishes },
    { label: 'failed requests', value: result.failedReads + result.failedPublishes },
    { label: 'writes acknowledged', value: newsWritten.length + assessmentsWritten.length },
    { label: 'writes found', value: writesFound },
    { label: 'publishes seen by readers', value: `${result.publishesSeen} of ${result.publishes}` },
    { label: 'stale reads after a publish', value: result.staleReads },
  ])
})

describe(`soak: ${READERS} readers while a strategist publishes for ${SECONDS} s`, () => {
  it('answers every request under load', () => {
    expect(result.reads).toBeGreaterThan(READERS)
    expect(result.errors).toEqual([])
    expect(result.failedReads + result.failedPublishes).toBe(0)
  })

  it('shows every acknowledged publish to the reads that start after it, and never an older state', () => {
    expect(result.publishes).toBeGreaterThan(1)
    expect(result.staleReads).toBe(0)
    expect(result.publishesSeen).toBe(result.publishes)
  })

  it(
    'keeps every acknowledged write: each news item, and each assessment in its follow-up’s versions',
    async () => {
      const missing: string[] = []
      const check = (found: boolean, what: string) => (found ? writesFound++ : missing.push(what))
      for (const item of newsWritten) {
        const stored = await storedNewsItem(strategist, item.id)
        const newsItem = await newsItemShown(app.url, item.slug)
        check(
          stored?.slug === item.slug && sameNews(stored, item) && newsItem?.title === item.title && newsItem.lead === item.lead,
          `news item ${item.slug}`,
        )
      }

      const shown = await assessmentsShown(app.url, PROGRAMME, YEAR)
      const written = new Map(assessmentsWritten.map((write) => [write.followUp.id, write.followUp]))
      for (const [id, ref] of written) {
        const writes = assessmentsWritten.filter((write) => write.followUp.id === id)
        const last = writes.at(-1)!
        const stored = await storedAssessment(strategist, id)
        const current =
          sameAssessment(stored, last) && stored._status === 'published' && showsAssessment(shown.get(ref.milestoneGoal), last)
        const versions = await storedAssessmentVersions(strategist, id)
        for (const write of writes) {
          const kept = versions.some((version) => sameAssessment(version, write) && version._status === 'published')
          check(kept && (write !== last || current), `assessment "${write.commentary}"`)
        }
      }
      expect(missing).toEqual([])
      expect(writesFound).toBe(newsWritten.length + assessmentsWritten.length)
    },
    (SECONDS + 60) * 1000,
  )
})
