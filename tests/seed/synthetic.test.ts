import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { type CollectionSlug, handleEndpoints, type Payload, type Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  documentCount,
  parseScaleArgument,
  type SyntheticData,
  seedSynthetic,
  syntheticProgramme,
  syntheticProgrammeSlug,
} from '../../bench/synthetic'
import { inTransaction, writeSyntheticProgramme } from '../../bench/synthetic/write'
import { SLUG_PATTERN } from '../../collections/fields/slug'
import { GOAL_CODE_PATTERN } from '../../collections/MilestoneGoals/validation'
import { KMPP, type SeedData, seedProgramme } from '../../src/seed/seed'
import { richTextToPlainText, searchableText } from '../../src/shared/richtext'
import { startGraphQLServer } from '../helpers/graphql-http'
import { testPayload } from '../helpers/payload'
import { freshDatabaseUri } from '../helpers/test-database'

const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i)

const goalsOf = (data: SyntheticData) => data.programme.focusAreas.flatMap((part) => part.milestoneGoals)

/** Every slug, indicator name and e-mail address that must be unique across programmes. */
function uniqueKeys(data: {
  programme: { slug: string; focusAreas: Array<{ slug: string }> }
  organisations: Array<{ slug: string }>
  indicators: Array<{ key: string; name: { sv: string } }>
  contact: { email: string }
  news: Array<{ slug: string }>
  rounds?: { actions: Array<{ slug: string }> }
}) {
  return [
    `programme:${data.programme.slug}`,
    ...data.programme.focusAreas.map((part) => `focus-area:${part.slug}`),
    ...data.organisations.map((o) => `organisation:${o.slug}`),
    ...data.indicators.map((i) => `indicator-key:${i.key}`),
    ...data.indicators.map((i) => `indicator-name:${i.name.sv}`),
    `contact:${data.contact.email}`,
    ...data.news.map((item) => `news:${item.slug}`),
    ...(data.rounds?.actions ?? []).map((action) => `action:${action.slug}`),
  ]
}

/** Each indicator's values by year and the source that wrote them last: typed in, then the imports in order. */
function valuesAfterImports(data: SyntheticData) {
  const values = new Map(
    data.indicators.map((indicator) => [
      indicator.key,
      new Map(indicator.measurements.map((row) => [row.year, { value: row.value, source: 'manual' as string }])),
    ]),
  )
  for (const item of data.imports) {
    for (const entry of item.values) {
      const before = values.get(entry.indicator)!.get(entry.year)
      if (before?.value !== entry.value) values.get(entry.indicator)!.set(entry.year, { value: entry.value, source: item.kind })
    }
  }
  return values
}

describe('syntheticProgramme(n)', () => {
  const one = syntheticProgramme(1)
  const seven = syntheticProgramme(7)

  it('is deterministic', () => {
    expect(syntheticProgramme(7)).toEqual(seven)
    expect(JSON.stringify(syntheticProgramme(1))).toBe(JSON.stringify(one))
  })

  it('differs between programmes, and no slug, name or e-mail is shared with another one or the real programme', () => {
    expect(seven.programme.slug).toBe(syntheticProgrammeSlug(7))
    expect(seven.programme.title).toEqual({ sv: 'Syntetiskt program 7', en: 'Synthetic programme 7' })
    const keys = [one, seven, syntheticProgramme(100), KMPP].map((data) => uniqueKeys(data))
    const all = keys.flat()
    expect(new Set(all).size).toBe(all.length)
    // Not just renamed: the values differ too.
    expect(one.indicators[0].measurements).not.toEqual(seven.indicators[0].measurements)
  })

  it('has the shape of the real programme: four focus areas and a chapter with 25 goals', () => {
    const parts = seven.programme.focusAreas
    expect(parts.map((p) => p.kind)).toEqual(['focus_area', 'focus_area', 'focus_area', 'focus_area', 'chapter'])
    expect(parts.map((p) => p.order)).toEqual([1, 2, 3, 4, 5])
    expect(new Date(seven.programme.adoptedOn).getUTCFullYear()).toBe(2017)
    for (const part of parts) {
      expect(part.slug).toMatch(SLUG_PATTERN)
      expect(part.milestoneGoals).toHaveLength(5)
    }
    const goals = goalsOf(seven)
    expect(goals.map((g) => g.code)).toEqual(range(1, 5).flatMap((p) => range(1, 5).map((g) => `${p}.${g}`)))
    expect(goals.every((g) => GOAL_CODE_PATTERN.test(g.code))).toBe(true)
    const targetYears = new Set(goals.map((g) => g.targetYear))
    expect([...targetYears].sort()).toEqual(range(2018, 2030))
  })

  it('has 40 indicators with one value a year 2010-2030, typed in or imported, each measuring one or more goals', () => {
    expect(seven.indicators).toHaveLength(40)
    const used = new Set(goalsOf(seven).flatMap((g) => g.indicators))
    expect([...used].sort()).toEqual(seven.indicators.map((i) => i.key).sort())
    for (const goal of goalsOf(seven)) expect(goal.indicators.length).toBeGreaterThanOrEqual(1)
    for (const goal of goalsOf(seven)) expect(goal.indicators.length).toBeLessThanOrEqual(2)

    const after = valuesAfterImports(seven)
    for (const indicator of seven.indicators) {
      expect([...after.get(indicator.key)!.keys()].sort()).toEqual(range(2010, 2030))
      expect(indicator.measurements.map((m) => m.year)).toEqual(range(2010, indicator.measurements.at(-1)!.year))
      expect(indicator.measurements.every((m) => Number.isFinite(m.value))).toBe(true)
      if (indicator.unit.en === 'per cent change') {
        expect(indicator.baseline?.value).toBe(0)
        expect(indicator.measurements.find((m) => m.year === indicator.baseline!.year)?.value).toBe(0)
      } else {
        expect(indicator.measurements.every((m) => m.value > 0)).toBe(true)
      }
      for (const point of [indicator.baseline, indicator.target]) {
        if (point) expect(point.year).toBeGreaterThanOrEqual(2010)
      }
    }
    const changes = seven.indicators.filter((i) => i.unit.en === 'per cent change')
    expect(changes.length).toBeGreaterThanOrEqual(3)
    expect(changes.some((i) => i.measurements.some((m) => m.value < 0))).toBe(true)
    expect(seven.indicators.filter((i) => i.baseline).length).toBeGreaterThan(20)
    expect(seven.indicators.filter((i) => i.target).length).toBeGreaterThan(20)
  })

  it('assesses every goal every year 2018-2030, with varying statuses', () => {
    const statuses = new Set<string>()
    for (const goal of goalsOf(seven)) {
      expect(Object.keys(goal.followUps).map(Number)).toEqual(range(2018, 2030))
      for (const followUp of Object.values(goal.followUps)) {
        statuses.add(followUp.status)
        expect(followUp.commentary.sv).toBeTruthy()
        expect(followUp.commentary.en).toBeTruthy()
      }
    }
    expect([...statuses].sort()).toEqual(['achieved', 'at_risk', 'not_achieved', 'not_assessed', 'on_track'])
  })

  it('has 200 news items in Swedish and English that refer to its own parts and goals', () => {
    const { news } = seven
    expect(news).toHaveLength(200)
    expect(new Set(news.map((n) => n.slug)).size).toBe(200)
    expect(news.every((n) => SLUG_PATTERN.test(n.slug))).toBe(true)
    expect(new Set(news.map((n) => n.publishedAt)).size).toBe(200)
    const years = news.map((n) => new Date(n.publishedAt).getUTCFullYear())
    expect(Math.min(...years)).toBe(2018)
    expect(Math.max(...years)).toBe(2030)
    const withYear = news.filter((n) => n.followUpYear !== undefined)
    expect(withYear.length).toBeGreaterThan(150)
    expect(withYear.length).toBeLessThan(200)
    expect(news.some((n) => /[åäö]/.test(n.title.sv + n.lead.sv + n.body.sv.join(' ')))).toBe(true)

    const partSlugs = new Set(seven.programme.focusAreas.map((p) => p.slug))
    const codes = new Set(goalsOf(seven).map((g) => g.code))
    for (const item of news) {
      expect(item.title.sv).not.toBe(item.title.en)
      expect(item.body.sv.length).toBe(item.body.en.length)
      expect(item.focusAreas.length).toBeGreaterThanOrEqual(1)
      expect(item.focusAreas.length).toBeLessThanOrEqual(2)
      expect(item.focusAreas.every((slug) => partSlugs.has(slug))).toBe(true)
      expect(item.milestoneGoals.length).toBeGreaterThanOrEqual(1)
      expect(item.milestoneGoals.every((code) => codes.has(code))).toBe(true)
      expect(item.contact).toBe(seven.contact.email)
    }
  })

  it('has Kolada and spreadsheet imports that bring the latest values and revise earlier ones', () => {
    const kinds = seven.imports.map((item) => item.kind)
    expect(kinds.filter((kind) => kind === 'kolada').length).toBeGreaterThanOrEqual(3)
    expect(kinds.filter((kind) => kind === 'spreadsheet').length).toBeGreaterThanOrEqual(2)
    const keys = new Set(seven.indicators.map((i) => i.key))
    const sources = new Map(seven.indicators.flatMap((i) => i.measurements.map((row) => [`${i.key}:${row.year}`, 'manual'])))
    let revised = 0
    for (const item of seven.imports) {
      if (item.kind === 'kolada') expect(item.reference).toMatch(/^https:\/\/api\.kolada\.se\/v2\/data\/kpi\/[A-Z]\d{5}\/municipality\//)
      else expect(item.reference).toMatch(/\.xlsx$/)
      expect(item.values.every((entry) => keys.has(entry.indicator))).toBe(true)
      const before = valuesAfterImports({ ...seven, imports: seven.imports.slice(0, seven.imports.indexOf(item)) })
      for (const entry of item.values) {
        const stored = before.get(entry.indicator)!.get(entry.year)
        if (stored && stored.value !== entry.value) {
          revised++
          // As Kolada's sync does: it revises only what it brought, or the value is a conflict.
          if (item.kind === 'kolada') expect(sources.get(`${entry.indicator}:${entry.year}`)).toBe('kolada')
        }
        if (!stored || stored.value !== entry.value) sources.set(`${entry.indicator}:${entry.year}`, item.kind)
      }
    }
    expect(revised).toBeGreaterThan(0)
    // The imports leave the series of the programme's reports: every imported year of 2030 is there.
    const after = valuesAfterImports(seven)
    expect([...after.values()].filter((byYear) => byYear.get(2030)?.source !== 'manual').length).toBeGreaterThan(10)
  })

  it('has a published round each year 2018-2030 and an open one for 2031 with some goals reported', () => {
    const { rounds, openRoundFollowUps } = seven.rounds
    expect(rounds.map((round) => round.year)).toEqual(range(2018, 2031))
    for (const round of rounds.slice(0, -1)) {
      expect(round.state).toBe('published')
      expect(round.deadline).toBe(`${round.year}-04-30`)
      expect(round.publishedAt).toMatch(new RegExp(`^${round.year}-06-`))
    }
    expect(rounds.at(-1)).toEqual({ year: 2031, deadline: '2031-04-30', state: 'open' })
    const codes = goalsOf(seven).map((g) => g.code)
    expect(openRoundFollowUps.length).toBeGreaterThanOrEqual(6)
    expect(openRoundFollowUps.length).toBeLessThan(25)
    expect(new Set(openRoundFollowUps.map((f) => f.goal)).size).toBe(openRoundFollowUps.length)
    for (const followUp of openRoundFollowUps) {
      expect(codes).toContain(followUp.goal)
      expect(['draft', 'submitted', 'returned', 'approved']).toContain(followUp.review)
      expect(Boolean(followUp.reviewComment)).toBe(followUp.review === 'returned')
      expect(followUp.commentary.sv).toContain(followUp.goal)
    }
  })

  it('has two to four actions per goal with a report for every year they ran', () => {
    const { actions } = seven.rounds
    const organisations = new Set(seven.organisations.map((o) => o.slug))
    for (const goal of goalsOf(seven)) {
      const own = actions.filter((action) => action.milestoneGoals.includes(goal.code))
      expect(own.length).toBeGreaterThanOrEqual(2)
    }
    expect(new Set(actions.map((action) => action.slug)).size).toBe(actions.length)
    const states = new Set(actions.map((action) => action.state))
    expect([...states].sort()).toEqual(['done', 'ongoing', 'planned'].concat(states.has('cancelled') ? ['cancelled'] : []).sort())
    for (const action of actions) {
      expect(action.slug).toMatch(SLUG_PATTERN)
      expect(action.responsible.length).toBeGreaterThanOrEqual(1)
      expect(action.responsible.every((slug) => organisations.has(slug))).toBe(true)
      const years = action.updates.map((update) => update.year)
      if (years.length > 0) expect(years).toEqual(range(action.startYear, years.at(-1)!))
      expect(years.every((year) => year <= 2031)).toBe(true)
      if (action.state === 'planned') expect(action.startYear).toBe(2031)
      if (action.state === 'done' || action.state === 'cancelled') expect(years.at(-1)).toBe(action.endYear)
      else expect(action.endYear).toBeUndefined()
    }
    expect(actions.some((action) => action.startYear <= 2030 && action.updates.some((update) => update.year === 2031))).toBe(true)
    expect(actions.reduce((sum, action) => sum + action.updates.length, 0)).toBeGreaterThan(3 * actions.length)
  })

  it('refers only to its own organisations and indicators', () => {
    const organisations = new Set(seven.organisations.map((o) => o.slug))
    const indicators = new Set(seven.indicators.map((i) => i.key))
    for (const goal of goalsOf(seven)) {
      expect(goal.responsible.length).toBeGreaterThanOrEqual(1)
      expect(goal.responsible.every((slug) => organisations.has(slug))).toBe(true)
      expect(goal.indicators.every((key) => indicators.has(key))).toBe(true)
    }
    expect(seven.organisations.every((o) => SLUG_PATTERN.test(o.slug))).toBe(true)
  })
})

describe('`npm run seed -- --scale N`', () => {
  it('refuses, and names the benchmark’s seed, which the app leaves out', async () => {
    const env = { ...process.env, DATABASE_URI: await freshDatabaseUri({ name: 'cli' }) }
    const run = promisify(execFile)('npm', ['run', 'seed', '--', '--scale', '1'], { env, timeout: 120_000 })
    await expect(run).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('bench/seed.ts --scale N') })
  }, 150_000)
})

describe('parseScaleArgument', () => {
  it('reads --scale N and --scale=N', () => {
    expect(parseScaleArgument([])).toEqual({})
    expect(parseScaleArgument(['--', 'x'])).toEqual({})
    expect(parseScaleArgument(['--scale', '3'])).toEqual({ scale: 3 })
    expect(parseScaleArgument(['bench/seed.ts', '--scale=1000'])).toEqual({ scale: 1000 })
  })

  it('refuses anything but a whole number from 1 to 1000', () => {
    for (const args of [
      ['--scale'],
      ['--scale='],
      ['--scale', '0'],
      ['--scale', '1001'],
      ['--scale', '2.5'],
      ['--scale', '-3'],
      ['--scale=abc'],
      ['--scale', '--other'],
      ['--scale=2', '--scale=3'],
    ]) {
      expect(parseScaleArgument(args).error, args.join(' ')).toMatch(/--scale/)
      expect(parseScaleArgument(args).scale).toBeUndefined()
    }
  })
})

// ---------------------------------------------------------------------------------------------
// On a database: the bulk writer against the Local API.

type Doc = Record<string, any>

const CONTENT: CollectionSlug[] = [
  'programmes',
  'organisations',
  'indicators',
  'focus-areas',
  'milestone-goals',
  'follow-ups',
  'contacts',
  'news',
  'follow-up-rounds',
  'actions',
  'imports',
]
/** Read by staff only: read past access control. */
const STAFF_ONLY = new Set<CollectionSlug>(['follow-up-rounds', 'imports'])
const VERSIONED = ['news', 'follow-ups', 'actions'] as const
const LOCALES = ['sv', 'en'] as const
const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/
const ROW_ID = /^[0-9a-f]{24}$/

const all = async (payload: Payload, collection: CollectionSlug) =>
  (await payload.find({ collection, depth: 0, pagination: false, overrideAccess: true, locale: 'sv' })).docs as Doc[]

/** A name for every document's ID that is the same however it was written (one programme at a time). */
async function naturalNames(payload: Payload): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  const key: Record<string, (doc: Doc) => string> = {
    programmes: (d) => d.slug,
    organisations: (d) => d.slug,
    indicators: (d) => d.name,
    'focus-areas': (d) => d.slug,
    'milestone-goals': (d) => d.code,
    'follow-ups': (d) => d.title,
    contacts: (d) => d.email,
    news: (d) => d.slug,
    'follow-up-rounds': (d) => String(d.year),
    actions: (d) => d.slug,
    // A Kolada address is read every year: the import's latest year tells them apart.
    imports: (d) => `${d.reference} ${Math.max(...d.changes.map((change: Doc) => change.year))}`,
  }
  for (const collection of CONTENT) {
    for (const doc of await all(payload, collection)) names.set(String(doc.id), `<${collection} ${key[collection](doc)}>`)
  }
  return names
}

/** IDs become names, timestamps and array-row IDs placeholders, once checked. */
function normalise(value: unknown, names: Map<string, string>, key?: string): unknown {
  if (typeof value === 'string') {
    const name = names.get(value)
    if (name) return name
    if (key === 'createdAt' || key === 'updatedAt' || key === 'recordedAt') {
      expect(value).toMatch(ISO_TIME)
      return '<timestamp>'
    }
    if (key === 'id' && ROW_ID.test(value)) return '<row id>'
    return value
  }
  if (Array.isArray(value)) return value.map((item) => normalise(item, names))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, item]) => [k, normalise(item, names, k)]))
  }
  return value
}

const byId = (docs: unknown[]) => [...docs].sort((a, b) => String((a as Doc).id).localeCompare(String((b as Doc).id)))

const FULL_QUERY = `query ($locale: Locale) {
  programme(slug: "syntetiskt-program-1", locale: $locale) {
    id slug title adoptedOn adoptedBy description documentUrl years
    focusAreas {
      id slug title kind order goal clarifications
      milestoneGoals {
        id code text targetYear
        responsible { id slug name kind }
        indicators {
          id name unit direction source
          baseline { year value note } target { year value note } series { year value note source reference recordedAt }
          latest { year value }
          trend { status slope relativeSlope } progress { status ratio observedRate requiredRate method baseYear currentYear }
        }
        assessments { year status commentary }
        actions {
          slug title description state startYear endYear updates { year text } update(year: 2030)
          responsible { slug } milestoneGoals { code }
        }
      }
    }
    followUp(year: 2020) {
      goalCount assessedCount shareAchievedOrOnTrack statusCounts { status count }
      focusAreas {
        focusArea { slug } statusCounts { status count }
        goals { milestoneGoal { code } status previousStatus change commentary disagreement actions { slug } }
      }
      actionCounts { state count }
      changes { milestoneGoal { code } } dueThisYear { milestoneGoal { code } } disagreements { milestoneGoal { code } }
      news {
        id slug title lead body publishedAt updatedAt followUpYear draft
        contact { name role phone email } focusAreas { slug } milestoneGoals { code }
      }
    }
  }
  news(first: 100, filter: { search: "återvinning" }, locale: $locale) { totalCount edges { node { slug title publishedAt } } }
}`

/** Every read the project makes of a programme: payload.find, drafts, Payload's REST API and GraphQL. */
async function readEverything(payload: Payload, graphql: Awaited<ReturnType<typeof startGraphQLServer>>) {
  const names = await naturalNames(payload)
  const reads: Record<string, unknown> = {}
  for (const collection of CONTENT) {
    for (const depth of [0, 2]) {
      for (const locale of LOCALES) {
        const overrideAccess = STAFF_ONLY.has(collection)
        const { docs } = await payload.find({ collection, depth, locale, overrideAccess, pagination: false })
        reads[`find ${collection} depth ${depth} ${locale}`] = byId(normalise(docs, names) as unknown[])
      }
    }
  }
  for (const collection of VERSIONED) {
    const { docs } = await payload.find({ collection, draft: true, depth: 0, locale: 'sv', overrideAccess: true, pagination: false })
    reads[`preview ${collection}`] = byId(normalise(docs, names) as unknown[])
  }
  const programmeId = [...names].find(([, name]) => name === '<programmes syntetiskt-program-1>')![0]
  for (const locale of LOCALES) {
    const where = `where[programme][equals]=${programmeId}&where[year][equals]=2020`
    const url = `http://localhost/api/follow-ups?${where}&depth=2&limit=100&locale=${locale}`
    const response = await handleEndpoints({ config: payload.config, request: new Request(url) })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { docs: unknown[]; totalDocs: number }
    expect(body.totalDocs).toBe(25)
    reads[`REST follow-ups 2020 ${locale}`] = normalise(body, names)
  }
  for (const locale of ['SV', 'EN']) {
    const response = await graphql.post(FULL_QUERY, { locale })
    expect(response.body.errors).toBeUndefined()
    reads[`GraphQL ${locale}`] = normalise(response.body.data, names)
  }
  return reads
}

/** Removes every programme and what belongs to it, versions too, straight through the adapter. */
async function deleteContent(payload: Payload) {
  for (const collection of VERSIONED) await payload.db.deleteVersions({ collection, where: { id: { exists: true } } })
  for (const collection of [...CONTENT].reverse()) await payload.db.deleteMany({ collection, where: { id: { exists: true } } })
}

const contentVersion = async (payload: Payload) => (await payload.findGlobal({ slug: 'content-state', overrideAccess: true })).version

const countWhere = async (payload: Payload, collection: CollectionSlug, where: Where) =>
  (await payload.count({ collection, where, overrideAccess: true })).totalDocs

describe('seedSynthetic on a database', () => {
  let payload: Payload
  let graphql: Awaited<ReturnType<typeof startGraphQLServer>>
  const PER_PROGRAMME = documentCount(syntheticProgramme(1))

  beforeAll(async () => {
    payload = await testPayload()
    graphql = await startGraphQLServer(payload, { responseCache: false })
  })

  afterAll(async () => {
    await graphql?.close()
  })

  it('counts the documents of a programme', () => {
    const { rounds, imports } = syntheticProgramme(1)
    expect([rounds.openRoundFollowUps.length, rounds.actions.length, imports.length]).toEqual([9, 69, 14])
    // 6 organisations, the programme, 40 indicators, 14 imports (4 Kolada indicators x 3 years, 2 spreadsheets),
    // 5 parts, 25 goals, 25 x 13 follow-ups, a contact, 200 news, 14 rounds, 9 reports in the open one, 69 actions.
    expect(PER_PROGRAMME).toBe(6 + 1 + 40 + 14 + 5 + 25 + 325 + 1 + 200 + 14 + 9 + 69)
  })

  it('stores a programme as the Local API does: every read through payload.find, drafts, REST and GraphQL is the same', {
    timeout: 600_000,
  }, async () => {
    const slow = await seedProgramme(payload, syntheticProgramme(1) as SeedData)
    expect(slow).toEqual({ created: PER_PROGRAMME, existing: 0 })
    const reference = await readEverything(payload, graphql)
    // Anonymous reads see every document: all published.
    expect(reference['find news depth 0 sv']).toHaveLength(200)
    expect(reference['find follow-ups depth 2 en']).toHaveLength(325)
    expect(reference['preview news']).toHaveLength(200)
    const { rounds, imports } = syntheticProgramme(1)
    expect(reference['preview follow-ups']).toHaveLength(325 + rounds.openRoundFollowUps.length)
    expect(reference['preview actions']).toHaveLength(rounds.actions.length)
    expect(reference['find follow-up-rounds depth 0 sv']).toHaveLength(14)
    expect(reference['find imports depth 0 sv']).toHaveLength(imports.length)

    await deleteContent(payload)
    expect(await countWhere(payload, 'programmes', {})).toBe(0)
    expect(await seedSynthetic(payload, 1, () => {})).toEqual({ created: PER_PROGRAMME, existing: 0 })
    const fast = await readEverything(payload, graphql)

    expect(Object.keys(fast)).toEqual(Object.keys(reference))
    for (const key of Object.keys(reference)) expect(fast[key], key).toEqual(reference[key])
  })

  it('reads back with IDs at depth 0, documents at depth 2, derived fields, array rows and both languages', async () => {
    const data = syntheticProgramme(1)
    const [programme] = (
      await payload.find({ collection: 'programmes', where: { slug: { equals: syntheticProgrammeSlug(1) } }, overrideAccess: false })
    ).docs
    const goal = data.programme.focusAreas[1].milestoneGoals[2]

    const followUp = (depth: number, locale: 'sv' | 'en' = 'sv') =>
      payload
        .find({
          collection: 'follow-ups',
          where: { title: { equals: `${goal.code} – 2020` }, programme: { equals: programme.id } },
          depth,
          locale,
          overrideAccess: false,
        })
        .then((result) => result.docs[0] as Doc)
    const flat = await followUp(0)
    expect(typeof flat.milestoneGoal).toBe('string')
    expect(flat.programme).toBe(programme.id)
    expect(flat).toMatchObject({ year: 2020, status: goal.followUps[2020].status, _status: 'published' })
    expect(richTextToPlainText(flat.commentary)).toBe(goal.followUps[2020].commentary.sv)
    expect(richTextToPlainText((await followUp(0, 'en')).commentary)).toBe(goal.followUps[2020].commentary.en)
    const deep = await followUp(2)
    expect(deep.milestoneGoal).toMatchObject({ code: goal.code, targetYear: goal.targetYear })
    expect(deep.milestoneGoal.focusArea).toMatchObject({ slug: data.programme.focusAreas[1].slug })
    expect(deep.milestoneGoal.indicators.map((i: Doc) => i.name)).toEqual(
      goal.indicators.map((key) => data.indicators.find((i) => i.key === key)!.name.sv),
    )
    expect(deep.programme).toMatchObject({ id: programme.id, slug: programme.slug })

    // Array rows, with their localised texts, and the provenance of the values imports wrote.
    const after = valuesAfterImports(data)
    const imported = (i: SyntheticData['indicators'][number]) => [...after.get(i.key)!.values()].some((v) => v.source !== 'manual')
    const expected = data.indicators.find((i) => i.measurements.some((m) => m.note) && imported(i))!
    const note = (year: number) => expected.measurements.find((m) => m.year === year)?.note
    for (const locale of LOCALES) {
      const [indicator] = (
        await payload.find({ collection: 'indicators', where: { name: { equals: expected.name[locale] } }, locale, overrideAccess: false })
      ).docs
      expect(indicator.measurements?.map((m) => [m.year, m.value, m.note ?? undefined, m.source])).toEqual(
        [...after.get(expected.key)!].map(([year, { value, source }]) => [year, value, note(year)?.[locale], source]),
      )
      for (const row of indicator.measurements ?? []) {
        expect(row.reference ?? null, String(row.year)).toEqual(row.source === 'manual' ? null : expect.any(String))
        expect(row.recordedAt).toMatch(ISO_TIME)
      }
      expect(indicator.measurements?.every((m) => ROW_ID.test(String(m.id)))).toBe(true)
      const [part] = (
        await payload.find({
          collection: 'focus-areas',
          where: { slug: { equals: data.programme.focusAreas[0].slug } },
          locale,
          overrideAccess: false,
        })
      ).docs
      expect(part.clarifications?.map((c) => c.text)).toEqual(data.programme.focusAreas[0].clarifications.map((c) => c[locale]))
      expect(part.title).toBe(data.programme.focusAreas[0].title[locale])
    }

    // News: relationships as IDs at depth 0, a search text per language, dates as given.
    const item = data.news[41]
    for (const locale of LOCALES) {
      const [news] = (
        await payload.find({ collection: 'news', where: { slug: { equals: item.slug } }, depth: 0, locale, overrideAccess: false })
      ).docs
      expect(news.focusAreas?.every((ref) => typeof ref === 'string')).toBe(true)
      expect(news.focusAreas).toHaveLength(item.focusAreas.length)
      expect(typeof news.contact).toBe('string')
      expect(news).toMatchObject({
        title: item.title[locale],
        lead: item.lead[locale],
        publishedAt: item.publishedAt,
        _status: 'published',
      })
      expect(news.searchText).toBe(searchableText(item.title[locale], item.lead[locale], richTextToPlainText(news.body)))
    }
  })

  it('adds only the missing programmes, tells response caches once, and does nothing when run again', { timeout: 300_000 }, async () => {
    const cached = await startGraphQLServer(payload, { responseCache: true })
    try {
      const slugs = async () =>
        ((await cached.post('{ programmes { slug } }')).body.data.programmes as Array<{ slug: string }>).map((p) => p.slug).sort()
      expect(await slugs()).toEqual([syntheticProgrammeSlug(1)])
      const before = await contentVersion(payload)

      const lines: string[] = []
      const second = await seedSynthetic(payload, 3, (line) => lines.push(line))
      console.log(lines.join('\n'))
      const [two, three] = [2, 3].map((n) => documentCount(syntheticProgramme(n)))
      expect(second).toEqual({ created: two + three, existing: PER_PROGRAMME })
      expect(lines.filter((line) => line.startsWith('Synthetic programme '))).toEqual([
        expect.stringMatching(new RegExp(`^Synthetic programme 2/3: ${two} documents created`)),
        expect.stringMatching(new RegExp(`^Synthetic programme 3/3: ${three} documents created`)),
      ])
      const after = await contentVersion(payload)
      expect(after).not.toBe(before)
      expect(await slugs()).toEqual([1, 2, 3].map(syntheticProgrammeSlug))

      for (const programme of await all(payload, 'programmes')) {
        expect(await countWhere(payload, 'milestone-goals', { programme: { equals: programme.id } })).toBe(25)
        const ofProgramme = { programme: { equals: programme.id } }
        expect(await countWhere(payload, 'follow-ups', { ...ofProgramme, _status: { equals: 'published' } })).toBe(25 * 13)
        expect(await countWhere(payload, 'follow-up-rounds', ofProgramme)).toBe(14)
      }
      expect(await countWhere(payload, 'indicators', {})).toBe(120)
      expect(await countWhere(payload, 'news', {})).toBe(600)
      const versions = await payload.countVersions({ collection: 'news', where: { latest: { equals: true } }, overrideAccess: true })
      expect(versions.totalDocs).toBe(600)

      expect(await seedSynthetic(payload, 3, () => {})).toEqual({ created: 0, existing: PER_PROGRAMME + two + three })
      expect(await contentVersion(payload)).toBe(after)
    } finally {
      await cached.close()
    }
  })

  it('leaves nothing of a programme that fails half-way', async () => {
    const data = syntheticProgramme(9)
    data.news[data.news.length - 1].milestoneGoals = ['9.9']
    await expect(inTransaction(payload, (req) => writeSyntheticProgramme(payload, data, req))).rejects.toThrow(
      /unknown milestone goal: 9\.9/,
    )
    expect(await countWhere(payload, 'organisations', { slug: { like: 'syntetisk-forvaltning-9-' } })).toBe(0)
    expect(await countWhere(payload, 'news', { slug: { like: 'syntetisk-nyhet-9-' } })).toBe(0)
    expect(await countWhere(payload, 'programmes', {})).toBe(3)
    // The connection is fine afterwards.
    const [one, two, three, four] = [1, 2, 3, 4].map((n) => documentCount(syntheticProgramme(n)))
    expect(await seedSynthetic(payload, 4, () => {})).toEqual({ created: four, existing: one + two + three })
  })
})
