/**
 * Nothing leaks, on the production server: who may do what through every way in (REST, Payload's
 * GraphQL, our API), drafts never reaching anonymous readers, HTML and script in content coming
 * out of our API inert, login lockout and cookies, and the secret never in any output.
 * tests/collections/access.test.ts has the same rules on the Local API.
 */
import { randomUUID } from 'node:crypto'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { news as seedNews } from '../../src/seed/data/news'
import { REPORTER_ORGANISATION } from '../../src/seed/users'
import { richTextFromParagraphs } from '../../src/shared/richtext'
import { APP_PASSWORD, type AppServer, appEnvironment, startApp } from '../helpers/app-server'
import {
  type Attempt,
  type DocumentStore,
  documentStore,
  type Operation,
  ourApiRoute,
  payloadGraphQLRoute,
  type Route,
  restRoute,
} from './helpers/access-routes'
import { COLLECTIONS, type Collection } from './helpers/documents'
import { type Actor, type Client, logIn, type Reply, signedIn } from './helpers/http'
import { executableIn, inspectInBrowser, launchBrowser, richTextWithLink, XSS_TEXTS, XSS_URLS } from './helpers/xss'
import { recordFigures } from './report'

const ACTORS: Actor[] = ['anonymous', 'communicator', 'strategist', 'admin', 'reporter']
/** Every signed-in role: reads drafts. */
const STAFF: Actor[] = ['communicator', 'strategist', 'admin', 'reporter']
const EDITORS: Actor[] = ['communicator', 'strategist', 'admin']
const STRATEGISTS: Actor[] = ['strategist', 'admin']

const PROGRAMME: Partial<Record<Operation, Actor[]>> = { read: ACTORS, create: STRATEGISTS, update: STRATEGISTS, delete: STRATEGISTS }
const EDITORIAL: Partial<Record<Operation, Actor[]>> = { read: ACTORS, create: EDITORS, update: EDITORS, delete: EDITORS }

/**
 * Who may do what: the one table the matrix is generated from. Drafts are for staff only. The
 * matrix's goal has no responsible organisation and its rounds are in review, so a reporter writes
 * nothing here; their writes in an open round are in "a reporter in the open round" below.
 */
const MAY: Record<Collection, Partial<Record<Operation, Actor[]>>> = {
  programmes: PROGRAMME,
  'focus-areas': PROGRAMME,
  'milestone-goals': PROGRAMME,
  indicators: PROGRAMME,
  'follow-ups': { ...PROGRAMME, 'read draft': STAFF },
  actions: { ...PROGRAMME, 'read draft': STAFF },
  'follow-up-rounds': { read: STAFF, create: STRATEGISTS, update: STRATEGISTS, delete: STRATEGISTS },
  organisations: PROGRAMME,
  news: { ...EDITORIAL, 'read draft': STAFF },
  contacts: EDITORIAL,
  media: EDITORIAL,
  users: { read: ['admin'], create: ['admin'], update: ['admin'], delete: ['admin'], 'change a role': ['admin'] },
}

const ROUTES: Record<string, Route> = { REST: restRoute, 'Payload GraphQL': payloadGraphQLRoute, 'our API': ourApiRoute }

type MatrixCase = { route: string; collection: Collection; operation: Operation; actor: Actor; allowed: boolean; attempt: Attempt }

const matrix: MatrixCase[] = Object.entries(ROUTES).flatMap(([route, perform]) =>
  COLLECTIONS.flatMap((collection) =>
    Object.entries(MAY[collection]).flatMap(([operation, allowedActors]) => {
      const attempt = perform(collection, operation as Operation)
      if (!attempt) return []
      return ACTORS.map((actor) => ({
        route,
        collection,
        operation: operation as Operation,
        actor,
        allowed: allowedActors.includes(actor),
        attempt,
      }))
    }),
  ),
)

const SECRET = appEnvironment('').PAYLOAD_SECRET!

let app: AppServer
let clients: Record<Actor, Client>
let store: DocumentStore
/** Every response body of the run, to look for the secret in. */
const bodies: string[] = []
const figures = { cases: 0, asExpected: 0, probes: 0, noLeak: 0, xssTried: 0, xssInert: 0 }

beforeAll(async () => {
  app = await startApp()
  const record = (text: string) => void bodies.push(text)
  clients = Object.fromEntries(await Promise.all(ACTORS.map(async (actor) => [actor, await signedIn(app.url, actor, record)]))) as Record<
    Actor,
    Client
  >
  const created = async (collection: string, data: Record<string, unknown>) => {
    const response = await clients.admin.post(`/api/${collection}?depth=0`, data)
    expect(response.status, response.text).toBe(201)
    return response.json.doc.id as string
  }
  // The matrix's documents hang off a programme of their own.
  const programmeSlug = 'matrisprogrammet'
  const programme = await created('programmes', { title: 'Matrisprogrammet', slug: programmeSlug, adoptedOn: '2017-10-09T00:00:00.000Z' })
  const focusArea = await created('focus-areas', {
    programme,
    kind: 'focus_area',
    order: 1,
    title: 'Matrisområdet',
    slug: 'matrisomradet',
    goal: 'Ett mål.',
  })
  const goal = await created('milestone-goals', { focusArea, code: '1.1', text: 'Matrisens etappmål.', targetYear: 2030 })
  store = documentStore(clients.admin, { programme, programmeSlug, focusArea, goal })
})
afterAll(async () => {
  await app?.stop()
  recordFigures('Access matrix', [
    { label: 'cases', value: figures.cases },
    { label: 'as expected', value: figures.asExpected },
    { label: 'draft probes (anonymous)', value: figures.probes },
    { label: 'drafts not leaked', value: figures.noLeak },
  ])
  recordFigures('XSS', [
    { label: 'strings tried', value: figures.xssTried },
    { label: 'escaped or removed', value: figures.xssInert },
  ])
})

describe('the access matrix', () => {
  it.each(matrix)('$route: $actor $operation $collection (allowed: $allowed)', async ({ actor, allowed, attempt }) => {
    figures.cases++
    expect(await attempt(clients[actor], store)).toBe(allowed)
    figures.asExpected++
  })

  it.each(STAFF)('%s cannot change their own role, and is told so with 403 naming the field (REST, Payload GraphQL)', async (actor) => {
    figures.cases++
    const me = (await clients[actor].get('/api/users/me')).json.user
    const other = actor === 'admin' ? 'communicator' : 'admin'
    const rest = await clients[actor].patch(`/api/users/${me.id}`, { role: other })
    expect([rest.status, rest.json?.errors?.[0]?.message], rest.text).toEqual([403, 'Du får inte ändra fältet role.'])
    const graphql = await clients[actor].graphql(
      '/api/graphql',
      `mutation { updateUser(id: ${JSON.stringify(me.id)}, data: { role: ${other} }) { role } }`,
    )
    const error = graphql.json?.errors?.[0]
    expect([error?.extensions?.statusCode, error?.message], graphql.text).toEqual([403, 'Du får inte ändra fältet role.'])
    expect((await clients.admin.get(`/api/users/${me.id}?depth=0`)).json.role).toBe(actor)
    figures.asExpected++
  })
})

describe('a reporter in the open round (REST and Payload GraphQL, as the admin sends them)', () => {
  let own: string
  let others: string
  let followUp: string

  const refusal = (reply: Reply, status: number, message: string) => {
    figures.cases++
    expect([reply.status, reply.json?.errors?.[0]?.message], reply.text).toEqual([status, message])
    figures.asExpected++
  }
  const done = (reply: Reply, status = 200) => {
    figures.cases++
    expect(reply.status, reply.text).toBe(status)
    figures.asExpected++
    return reply.json.doc
  }

  beforeAll(async () => {
    const { admin, anonymous } = clients
    const organisation = (await anonymous.get(`/api/organisations?depth=0&where[slug][equals]=${REPORTER_ORGANISATION}`)).json.docs[0].id
    const other = (
      await admin.post('/api/organisations?depth=0', { name: 'Matrisförvaltningen', slug: 'matrisforvaltningen', kind: 'administration' })
    ).json.doc.id
    const goal = async (code: string, responsible: string) =>
      (
        await admin.post('/api/milestone-goals?depth=0', {
          focusArea: store.parents.focusArea,
          code,
          text: 'Ett etappmål.',
          targetYear: 2030,
          responsible,
        })
      ).json.doc.id as string
    own = await goal('2.1', organisation)
    others = await goal('2.2', other)
    for (const [year, state] of [
      [2090, 'open'],
      [2091, 'review'],
    ]) {
      done(
        await admin.post('/api/follow-up-rounds?depth=0', { programme: store.parents.programme, year, deadline: '2091-03-31', state }),
        201,
      )
    }
  })

  it('reports, submits, is returned with a comment, resubmits and is approved; nothing in between may be forced', async () => {
    const { reporter, strategist } = clients
    followUp = done(await reporter.post('/api/follow-ups?depth=0', { milestoneGoal: own, year: 2090, status: 'on_track' }), 201).id
    done(await reporter.patch(`/api/follow-ups/${followUp}?depth=0`, { review: 'submitted' }))
    refusal(
      await reporter.patch(`/api/follow-ups/${followUp}?depth=0`, { status: 'achieved' }),
      403,
      'Uppföljningen är inskickad eller godkänd och väntar på klimatstrategerna. Den kan inte ändras nu.',
    )
    refusal(
      await strategist.patch(`/api/follow-ups/${followUp}?depth=0`, { review: 'returned' }),
      400,
      'Skriv en kommentar om vad rapportören behöver komplettera när du skickar tillbaka uppföljningen.',
    )
    done(await strategist.patch(`/api/follow-ups/${followUp}?depth=0`, { review: 'returned', reviewComment: 'Beskriv årets åtgärder.' }))
    refusal(
      await reporter.patch(`/api/follow-ups/${followUp}?depth=0`, { review: 'approved' }),
      400,
      'Bara klimatstrategerna godkänner eller skickar tillbaka en uppföljning.',
    )
    done(await reporter.patch(`/api/follow-ups/${followUp}?depth=0`, { status: 'achieved', review: 'submitted' }))
    const approved = done(await strategist.patch(`/api/follow-ups/${followUp}?depth=0`, { review: 'approved' }))
    expect([approved.status, approved.review, approved._status]).toEqual(['achieved', 'approved', 'draft'])
  })

  it("never touches another organisation's work, a year that is not open, publishing or deleting", async () => {
    const { reporter, admin } = clients
    const notYours = 'Etappmålet hör inte till din organisation. Du rapporterar bara för de etappmål den ansvarar för.'
    refusal(await reporter.post('/api/follow-ups?depth=0', { milestoneGoal: others, year: 2090, status: 'on_track' }), 403, notYours)
    const theirs = done(await admin.post('/api/follow-ups?depth=0', { milestoneGoal: others, year: 2090, status: 'at_risk' }), 201).id
    refusal(await reporter.patch(`/api/follow-ups/${theirs}?depth=0`, { status: 'achieved' }), 403, notYours)
    const graphql = await reporter.graphql(
      '/api/graphql',
      `mutation { updateFollowUp(id: "${theirs}", data: { status: achieved }) { id } }`,
    )
    refusal({ ...graphql, status: graphql.json.errors?.[0]?.extensions?.statusCode }, 403, notYours)
    refusal(
      await reporter.post('/api/follow-ups?depth=0', { milestoneGoal: own, year: 2091, status: 'on_track' }),
      403,
      'Uppföljningsomgången för 2091 är inte öppen för rapportering.',
    )
    refusal(
      await reporter.post('/api/follow-ups?depth=0', { milestoneGoal: own, year: 2089, status: 'on_track', _status: 'published' }),
      403,
      'Rapportörer publicerar inte. Klimatstrategerna publicerar hela året när omgången är klar.',
    )
    figures.cases++
    expect([403, 404]).toContain((await reporter.delete(`/api/follow-ups/${followUp}`)).status)
    expect((await admin.get(`/api/follow-ups/${followUp}?depth=0`)).status).toBe(200)
    figures.asExpected++
    const action = { title: 'Matrisens åtgärd', milestoneGoals: [others], state: 'ongoing', startYear: 2090 }
    refusal(
      await reporter.post('/api/actions?depth=0', { ...action, slug: 'matrisens-atgard', responsible: [] }),
      403,
      'Åtgärden hör inte till din organisation. Du rapporterar bara åtgärder som den ansvarar för.',
    )
  })

  it('a strategist cannot publish a round by saving it: only the publish endpoint does', async () => {
    const { strategist } = clients
    const round = (
      await strategist.get(`/api/follow-up-rounds?depth=0&where[programme][equals]=${store.parents.programme}&where[year][equals]=2091`)
    ).json.docs[0]
    refusal(
      await strategist.patch(`/api/follow-up-rounds/${round.id}?depth=0`, { state: 'published' }),
      400,
      'En omgång publiceras bara med Publicera året, som publicerar alla godkända uppföljningar på en gång.',
    )
  })
})

describe('drafts never reach an anonymous reader', () => {
  const DRAFT_ACTION = 'cykelplan'
  const PUBLISHED_ACTION = 'laddpunkter-vid-infartsparkeringar'
  /** Texts only the seed's drafts have: the draft-only action's title, the 2021 report of the published one. */
  const DRAFT_ACTION_TEXTS = ['Ny cykelplan', 'Handens station']
  const word = `hemligord${randomUUID().slice(0, 8)}`
  const draftSlug = `utkast-${word}`
  /** What the drafts must not change for anonymous readers: our API's views, read before they exist. */
  const PUBLIC_VIEW = `query($goal: ID!, $seeded: String!) {
    news(first: 100) { totalCount edges { node { slug title } } }
    search: news(filter: { search: "${word}" }) { totalCount }
    report2020: followUp(programme: "kmpp-2017", year: 2020) { ...Report }
    report2021: followUp(programme: "kmpp-2017", year: 2021) { ...Report }
    milestoneGoal(id: $goal) { assessments { year status commentary } assessment(year: 2021) { status } }
    programme(slug: "kmpp-2017") { years latestFollowUp { year assessedCount } }
    seeded: newsItem(slug: $seeded) { title body }
    draft: newsItem(slug: "${draftSlug}") { id }
  }
  fragment Report on FollowUpReport {
    year goalCount assessedCount shareAchievedOrOnTrack statusCounts { status count }
    focusAreas { assessedCount statusCounts { status count } }
    goals { milestoneGoal { id } status previousStatus change commentary disagreement }
    changes { milestoneGoal { id } } dueThisYear { milestoneGoal { id } } disagreements { milestoneGoal { id } }
    news { slug title }
  }`

  let variables: { goal: string; seeded: string }
  let kmpp: string
  let before: { view: unknown; newsCount: number; followUpCount: number; seededTitle: string; publishedStatus: string }
  let drafts: { newsId: string; newsVersionId: string; followUpId: string; followUpVersionId: string; publishedFollowUpId: string }
  let preview2021Before: number
  const assessed2021InPreview = async () =>
    (await clients.strategist.graphql('/graphql', '{ followUp(programme: "kmpp-2017", year: 2021, preview: true) { assessedCount } }')).json
      .data.followUp?.assessedCount ?? 0

  beforeAll(async () => {
    const { anonymous, strategist } = clients
    kmpp = (await anonymous.get('/api/programmes?depth=0&where[slug][equals]=kmpp-2017')).json.docs[0].id
    // A goal the seed's open round has no 2021 follow-up for yet: the strategist drafts one below.
    const reported2021 = (
      await strategist.get(`/api/follow-ups?depth=0&draft=true&limit=100&where[year][equals]=2021&where[programme][equals]=${kmpp}`)
    ).json.docs.map((doc: { milestoneGoal: string }) => doc.milestoneGoal)
    const published = (
      await anonymous.get(`/api/follow-ups?depth=0&limit=100&where[year][equals]=2020&where[programme][equals]=${kmpp}`)
    ).json.docs.find((doc: { milestoneGoal: string }) => !reported2021.includes(doc.milestoneGoal))
    const seeded = (await anonymous.get(`/api/news?depth=0&where[slug][equals]=${seedNews[0].slug}`)).json.docs[0]
    variables = { goal: published.milestoneGoal, seeded: seeded.slug }
    preview2021Before = await assessed2021InPreview()
    before = {
      view: (await anonymous.graphql('/graphql', PUBLIC_VIEW, variables)).json,
      newsCount: (await anonymous.get('/api/news/count')).json.totalDocs,
      followUpCount: (await anonymous.get('/api/follow-ups/count')).json.totalDocs,
      seededTitle: seeded.title,
      publishedStatus: published.status,
    }
    const { focusArea } = (await anonymous.get(`/api/milestone-goals/${published.milestoneGoal}?depth=0`)).json
    const saved = async (response: Promise<Reply>) => {
      const reply = await response
      expect(reply.status, reply.text).toBeLessThan(300)
      return reply.json.doc.id as string
    }
    const newsId = await saved(
      strategist.post('/api/news?depth=0&draft=true', {
        title: `Utkast om ${word}`,
        slug: draftSlug,
        lead: `Ingress om ${word}.`,
        body: richTextFromParagraphs([`Brödtext om ${word}.`]),
        followUpYear: 2020,
        focusAreas: [focusArea],
        _status: 'draft',
      }),
    )
    await saved(strategist.patch(`/api/news/${seeded.id}?depth=0&draft=true`, { title: `Ny rubrik om ${word}`, _status: 'draft' }))
    const followUpId = await saved(
      strategist.post('/api/follow-ups?depth=0&draft=true', {
        milestoneGoal: published.milestoneGoal,
        year: 2021,
        status: 'achieved',
        _status: 'draft',
      }),
    )
    const draftStatus = published.status === 'not_achieved' ? 'achieved' : 'not_achieved'
    await saved(strategist.patch(`/api/follow-ups/${published.id}?depth=0&draft=true`, { status: draftStatus, _status: 'draft' }))
    const latestVersion = async (collection: string, parent: string) =>
      (await strategist.get(`/api/${collection}/versions?depth=0&limit=1&sort=-updatedAt&where[parent][equals]=${parent}`)).json.docs[0]
        .id as string
    drafts = {
      newsId,
      newsVersionId: await latestVersion('news', newsId),
      followUpId,
      followUpVersionId: await latestVersion('follow-ups', published.id),
      publishedFollowUpId: published.id,
    }
  })

  it('the drafts are there for a signed-in editor (so the probes below can fail)', async () => {
    const preview = await clients.strategist.graphql(
      '/graphql',
      `query($seeded: String!) {
        draft: newsItem(slug: "${draftSlug}", preview: true) { draft }
        seeded: newsItem(slug: $seeded, preview: true) { title }
        search: news(filter: { search: "${word}" }, preview: true) { totalCount }
      }`,
      { seeded: variables.seeded },
    )
    expect(preview.json.data).toEqual({
      draft: { draft: true },
      seeded: { title: `Ny rubrik om ${word}` },
      search: { totalCount: 2 },
    })
    expect(await assessed2021InPreview()).toBe(preview2021Before + 1)
  })

  const totalDocs = (count: number) => (reply: Reply) => expect(reply.json.totalDocs, reply.text).toBe(count)
  const refused =
    (...statuses: number[]) =>
    (reply: Reply) =>
      expect(statuses, reply.text).toContain(reply.status)
  const payloadData = (expected: unknown) => (reply: Reply) => expect(reply.json.data, reply.text).toEqual(expected)
  const payloadRefused = (field: string) => (reply: Reply) => {
    expect(reply.json.data?.[field] ?? null).toBeNull()
    expect([403, 404], reply.text).toContain(reply.json.errors?.[0]?.extensions?.statusCode)
  }
  const forbidden = (reply: Reply) => expect(reply.json.errors?.[0]?.extensions?.code, reply.text).toBe('FORBIDDEN')

  type Probe = { route: string; name: string; send: () => Promise<Reply>; check: (reply: Reply) => void }
  const rest = (name: string, path: () => string, check: Probe['check']): Probe => ({
    route: 'REST',
    name,
    send: () => clients.anonymous.get(path()),
    check,
  })
  const payloadGraphQL = (name: string, query: () => string, check: Probe['check']): Probe => ({
    route: 'Payload GraphQL',
    name,
    send: () => clients.anonymous.graphql('/api/graphql', query()),
    check,
  })
  const ourApi = (name: string, query: () => string, check: Probe['check']): Probe => ({
    route: 'our API',
    name,
    send: () => clients.anonymous.graphql('/graphql', query(), variables),
    check,
  })

  const probes: Probe[] = [
    rest(
      'news where _status is draft',
      () => '/api/news?depth=0&where[_status][equals]=draft',
      (reply) => expect(reply.json.docs).toEqual([]),
    ),
    rest('news with draft=true by the draft’s slug', () => `/api/news?depth=0&draft=true&where[slug][equals]=${draftSlug}`, totalDocs(0)),
    rest('news with draft=true whose title has the word', () => `/api/news?depth=0&draft=true&where[title][like]=${word}`, totalDocs(0)),
    rest('news whose search text has the word', () => `/api/news?depth=0&where[searchText][like]=${word}`, totalDocs(0)),
    rest('the draft news item by ID', () => `/api/news/${drafts.newsId}`, refused(403, 404)),
    rest('the draft news item by ID with draft=true', () => `/api/news/${drafts.newsId}?draft=true`, refused(403, 404)),
    rest(
      'the count of news',
      () => '/api/news/count',
      (reply) => expect(reply.json.totalDocs).toBe(before.newsCount),
    ),
    rest(
      'the count of news with draft=true',
      () => '/api/news/count?draft=true',
      (reply) => expect(reply.json.totalDocs).toBe(before.newsCount),
    ),
    // Payload hides an item whose latest version is a draft from draft=true lists: hidden is fine, the draft is not.
    rest(
      'the seeded item with draft=true',
      () => `/api/news?depth=0&draft=true&where[slug][equals]=${variables.seeded}`,
      (reply) => expect(reply.json.docs.filter((doc: { title: string }) => doc.title !== before.seededTitle)).toEqual([]),
    ),
    rest('news versions', () => '/api/news/versions', refused(403)),
    rest('the draft news item’s versions', () => `/api/news/versions?where[parent][equals]=${drafts.newsId}`, refused(403)),
    rest('a news version by ID', () => `/api/news/versions/${drafts.newsVersionId}`, refused(403, 404)),
    rest(
      'KMPP follow-ups of 2021',
      () => `/api/follow-ups?depth=0&where[year][equals]=2021&where[programme][equals]=${kmpp}`,
      totalDocs(0),
    ),
    rest(
      'KMPP follow-ups of 2021 with draft=true',
      () => `/api/follow-ups?depth=0&draft=true&where[year][equals]=2021&where[programme][equals]=${kmpp}`,
      totalDocs(0),
    ),
    rest('the draft follow-up by ID', () => `/api/follow-ups/${drafts.followUpId}`, refused(403, 404)),
    rest('the draft follow-up by ID with draft=true', () => `/api/follow-ups/${drafts.followUpId}?draft=true`, refused(403, 404)),
    rest(
      'the published follow-up with draft=true keeps its status',
      () => `/api/follow-ups/${drafts.publishedFollowUpId}?depth=0&draft=true`,
      (reply) => expect(reply.json.status).toBe(before.publishedStatus),
    ),
    rest(
      'the count of follow-ups',
      () => '/api/follow-ups/count?draft=true',
      (reply) => expect(reply.json.totalDocs).toBe(before.followUpCount),
    ),
    rest('follow-up versions', () => '/api/follow-ups/versions', refused(403)),
    rest('a follow-up version by ID', () => `/api/follow-ups/versions/${drafts.followUpVersionId}`, refused(403, 404)),
    payloadGraphQL(
      'allNews where _status is draft',
      () => '{ allNews(where: { _status: { equals: draft } }) { totalDocs docs { id } } }',
      payloadData({ allNews: { totalDocs: 0, docs: [] } }),
    ),
    payloadGraphQL(
      'allNews with draft: true by the word',
      () => `{ allNews(draft: true, where: { title: { like: "${word}" } }) { totalDocs docs { id } } }`,
      payloadData({ allNews: { totalDocs: 0, docs: [] } }),
    ),
    payloadGraphQL(
      'News by ID with draft: true',
      () => `{ News(id: "${drafts.newsId}", draft: true) { id title } }`,
      payloadRefused('News'),
    ),
    payloadGraphQL(
      'countallNews by the draft’s slug',
      () => `{ countallNews(where: { slug: { equals: "${draftSlug}" } }) { totalDocs } }`,
      payloadData({ countallNews: { totalDocs: 0 } }),
    ),
    payloadGraphQL(
      'versionsallNews',
      () => '{ versionsallNews { totalDocs docs { id version { title } } } }',
      payloadRefused('versionsallNews'),
    ),
    payloadGraphQL(
      'versionNews by ID',
      () => `{ versionNews(id: "${drafts.newsVersionId}") { id version { title } } }`,
      payloadRefused('versionNews'),
    ),
    payloadGraphQL(
      'KMPP FollowUps of 2021 with draft: true',
      () => `{ FollowUps(draft: true, where: { year: { equals: 2021 }, programme: { equals: "${kmpp}" } }) { totalDocs docs { id } } }`,
      payloadData({ FollowUps: { totalDocs: 0, docs: [] } }),
    ),
    payloadGraphQL(
      'the draft FollowUp by ID',
      () => `{ FollowUp(id: "${drafts.followUpId}", draft: true) { status } }`,
      payloadRefused('FollowUp'),
    ),
    payloadGraphQL(
      'the published FollowUp with draft: true',
      () => `{ FollowUp(id: "${drafts.publishedFollowUpId}", draft: true) { status } }`,
      (reply) => expect(reply.json.data.FollowUp.status).toBe(before.publishedStatus),
    ),
    payloadGraphQL(
      'versionsFollowUps',
      () => '{ versionsFollowUps { totalDocs docs { id version { status } } } }',
      payloadRefused('versionsFollowUps'),
    ),
    payloadGraphQL(
      'versionFollowUp by ID',
      () => `{ versionFollowUp(id: "${drafts.followUpVersionId}") { id version { status } } }`,
      payloadRefused('versionFollowUp'),
    ),
    // The seed's open round: a draft-only action, and a published action with the 2021 report as a draft beside it.
    rest('actions where _status is draft', () => '/api/actions?depth=0&where[_status][equals]=draft', totalDocs(0)),
    rest(
      'the draft-only action with draft=true',
      () => `/api/actions?depth=0&draft=true&where[slug][equals]=${DRAFT_ACTION}`,
      totalDocs(0),
    ),
    rest(
      'the published action with draft=true has no 2021 report',
      () => `/api/actions?depth=0&draft=true&where[slug][equals]=${PUBLISHED_ACTION}`,
      (reply) =>
        expect(
          reply.json.docs.flatMap((doc: { updates: Array<{ year: number }> }) => doc.updates.map((update) => update.year)),
        ).not.toContain(2021),
    ),
    rest('action versions', () => '/api/actions/versions', refused(403)),
    rest('the rounds and their state', () => '/api/follow-up-rounds?depth=0', refused(403)),
    payloadGraphQL(
      'Actions with draft: true by the draft-only action’s slug',
      () => `{ Actions(draft: true, where: { slug: { equals: "${DRAFT_ACTION}" } }) { totalDocs docs { id } } }`,
      payloadData({ Actions: { totalDocs: 0, docs: [] } }),
    ),
    payloadGraphQL('versionsActions', () => '{ versionsActions { totalDocs docs { id } } }', payloadRefused('versionsActions')),
    payloadGraphQL('FollowUpRounds', () => '{ FollowUpRounds { totalDocs docs { id state } } }', payloadRefused('FollowUpRounds')),
    // The same query text as the baseline plus a comment: a new cache key, so the views are computed afresh.
    ourApi(
      'news, search, follow-ups 2020 and 2021, assessments, years and the seeded item',
      () => `${PUBLIC_VIEW}\n# after the drafts`,
      (reply) => expect(reply.json).toEqual(before.view),
    ),
    ourApi('the draft news item with preview: true', () => `{ newsItem(slug: "${draftSlug}", preview: true) { id } }`, forbidden),
    ourApi('news with preview: true', () => '{ news(preview: true) { totalCount } }', forbidden),
    ourApi(
      'the 2021 follow-up with preview: true',
      () => '{ followUp(programme: "kmpp-2017", year: 2021, preview: true) { assessedCount } }',
      forbidden,
    ),
  ]

  it.each(probes)('$route: $name', async ({ send, check }) => {
    figures.probes++
    const reply = await send()
    for (const secret of [word, drafts.newsId, drafts.followUpId, drafts.newsVersionId, drafts.followUpVersionId, ...DRAFT_ACTION_TEXTS])
      expect(reply.text).not.toContain(secret)
    check(reply)
    figures.noLeak++
  })

  it('the baseline saw the published content (so equal views mean something)', () => {
    const view = before.view as { data: { news: { totalCount: number }; report2020: { assessedCount: number }; seeded: { title: string } } }
    expect(view.data.news.totalCount).toBeGreaterThan(0)
    expect(view.data.report2020.assessedCount).toBeGreaterThan(0)
    expect(view.data.seeded.title).toBe(before.seededTitle)
  })
})

describe('HTML and script in content come out of our API inert', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  const cases = XSS_TEXTS.map((value, i) => ({ value, url: XSS_URLS[i % XSS_URLS.length], slug: `xss-${i}` }))

  it.each(cases)('$value with a link to $url', async ({ value, url, slug }) => {
    figures.xssTried++
    const created = await clients.communicator.post('/api/news?depth=0', {
      title: value,
      lead: value,
      slug,
      body: richTextWithLink(value, url),
      _status: 'published',
    })
    expect(created.status, created.text).toBe(201)

    const read = await clients.anonymous.graphql(
      '/graphql',
      'query($slug: String!) { newsItem(slug: $slug) { title lead body text: body(format: TEXT) } }',
      { slug },
    )
    const item = read.json.data.newsItem
    // Titles and leads are plain text: the literal string, for the frontend to escape.
    expect(item.title).toBe(value)
    expect(item.lead).toBe(value)
    expect(item.text).toContain(value)
    const inspection = await inspectInBrowser(browser, item.body)
    expect(inspection.elements.length, item.body).toBeGreaterThan(0)
    expect(executableIn(inspection), item.body).toEqual([])
    figures.xssInert++
  })
})

describe('login', () => {
  it('five wrong passwords lock the account: the sixth attempt, with the right password, is refused', async () => {
    const email = `las-${Date.now()}@example.org`
    const password = 'the-right-password-123'
    const created = await clients.admin.post('/api/users?depth=0', { email, password, role: 'communicator' })
    expect(created.status, created.text).toBe(201)
    const unknownAccount = await logIn(app.url, `ingen-${Date.now()}@example.org`, password)
    expect(unknownAccount.status).toBe(401)
    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await logIn(app.url, email, `wrong-${attempt}`)
      expect(wrong.status).toBe(401)
      // The same answer as for an account that does not exist: no telling which e-mail addresses have accounts.
      expect(wrong.json.errors).toEqual(unknownAccount.json.errors)
    }
    const right = await logIn(app.url, email, password)
    expect(right.status, right.text).toBe(401)
    expect(right.json.errors[0].message).toMatch(/låst/)
    expect(right.setCookies.filter((cookie) => cookie.startsWith('payload-token='))).toEqual([])
  })

  it('the login cookie is Secure, HttpOnly and SameSite=Lax in production', async () => {
    const login = await logIn(app.url, 'strateg@example.org', APP_PASSWORD)
    expect(login.status).toBe(200)
    const cookie = login.setCookies.find((candidate) => candidate.startsWith('payload-token='))
    expect(cookie).toBeDefined()
    const attributes = new Map(
      cookie!
        .split(';')
        .slice(1)
        .map((part) => part.trim().split('='))
        .map(([name, value]) => [name.toLowerCase(), value ?? ''] as const),
    )
    // Browsers take Secure and HttpOnly by name, whatever value follows (Payload writes Secure=true).
    expect(attributes.has('secure')).toBe(true)
    expect(attributes.has('httponly')).toBe(true)
    expect(attributes.get('samesite')?.toLowerCase()).toBe('lax')
  })
})

describe('the secret', () => {
  it('never appears in the server’s output nor in any response of this suite', () => {
    expect(bodies.length).toBeGreaterThan(matrix.length)
    expect(app.output().length).toBeGreaterThan(0)
    expect(app.output()).not.toContain(SECRET)
    expect(bodies.filter((body) => body.includes(SECRET))).toEqual([])
  })
})
