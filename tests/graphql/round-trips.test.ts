import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { countDatabaseCalls } from '../../bench/database-calls'
import { richTextFromParagraphs } from '../../src/shared/richtext'
import { dataOf, goalIdsByCode, type SeededApi, seededApi } from '../helpers/graphql-seeded'
import { createAction } from './action-fixtures'

/** The adapter's calls in order, as `method:collection`; restore() puts the adapter back. */
function countReads(payload: Payload) {
  const counter = countDatabaseCalls(payload)
  return { wrapped: counter.methods, calls: counter.log, restore: counter.restore }
}

const FULL_REPORT = `query($programme: String!) { followUp(programme: $programme, year: 2020) {
  year goalCount assessedCount shareAchievedOrOnTrack statusCounts { status count }
  programme { slug title years }
  focusAreas { focusArea { slug title kind } statusCounts { status count } assessedCount goals { milestoneGoal { code } status } }
  goals {
    status previousStatus change disagreement commentary(format: TEXT)
    milestoneGoal { id code text targetYear focusArea { slug title } responsible { slug name kind } }
    indicators { id name unit direction baseline { year value } target { year value } series { year value } latest { year value }
      progress { status ratio observedRate requiredRate method baseYear currentYear } trend { status slope relativeSlope } }
    actions { slug title description state startYear endYear responsible { slug name } milestoneGoals { code } update(year: 2020)
      updates { year text } }
  }
  actionCounts { state count }
  changes { milestoneGoal { code } } dueThisYear { milestoneGoal { code } } disagreements { milestoneGoal { code } }
  news { slug title lead body publishedAt contact { name role } heroImage { url } focusAreas { slug } milestoneGoals { code } }
} }`

const GOALS = 100
const INDICATORS = 160
const STATUSES = ['achieved', 'on_track', 'at_risk', 'not_achieved', 'not_assessed'] as const

/** An action of each of `goals`, active in 2020, with a yearly update and two organisations (the goals' own). */
async function actionsOf(payload: Payload, goals: Array<{ id: string }>, prefix: string) {
  const docs = await payload.find({
    collection: 'milestone-goals',
    where: { id: { in: goals.map((goal) => goal.id) } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const [i, goal] of docs.docs.entries()) {
    await createAction(payload, {
      title: `Åtgärd ${prefix} ${i}`,
      slug: `${prefix}-atgard-${i}`,
      milestoneGoals: [String(goal.id)],
      responsible: (goal.responsible ?? []).map(String),
      state: (['planned', 'ongoing', 'done', 'cancelled'] as const)[i % 4],
      startYear: 2019,
      updates: [2019, 2020].map((year) => ({ year, text: `Gjort ${year}.` })),
    })
  }
}

/** A programme four times the seed's size: 5 focus areas, 100 goals, 160 indicators, 200 assessments, 100 actions, a news item. */
async function largeProgramme(payload: Payload) {
  const create = <T>(collection: Parameters<Payload['create']>[0]['collection'], data: Record<string, unknown>) =>
    payload.create({ collection, data, overrideAccess: true, depth: 0 } as never) as unknown as Promise<T & { id: string }>

  const programme = await create<{ slug: string }>('programmes', {
    title: 'Stort program',
    slug: 'stort-program',
    adoptedOn: '2017-10-09T00:00:00.000Z',
  })
  const organisations = []
  for (let i = 0; i < 10; i++) {
    organisations.push(
      await create('organisations', {
        name: `Organisation ${i}`,
        slug: `stor-organisation-${i}`,
        kind: i < 2 ? 'company' : 'administration',
      }),
    )
  }
  const focusAreas = []
  for (let i = 1; i <= 5; i++) {
    focusAreas.push(
      await create('focus-areas', {
        programme: programme.id,
        kind: i === 5 ? 'chapter' : 'focus_area',
        order: i,
        title: `Område ${i}`,
        slug: `stort-omrade-${i}`,
        goal: 'Ett mål.',
      }),
    )
  }
  const indicators = []
  for (let i = 0; i < INDICATORS; i++) {
    indicators.push(
      await create('indicators', {
        name: `Stor indikator ${i}`,
        unit: 'antal',
        direction: i % 2 ? 'increase' : 'decrease',
        target: { year: 2025, value: 100 + i },
        measurements: [2016, 2017, 2018, 2019, 2020, 2021].map((year, j) => ({ year, value: 50 + i + j * (i % 3) })),
      }),
    )
  }
  const goals = []
  for (let i = 0; i < GOALS; i++) {
    // Goals 0-59 have two indicators, 60-99 one: 160 in all.
    const own = i < 60 ? [indicators[2 * i], indicators[2 * i + 1]] : [indicators[60 + i]]
    goals.push(
      await create('milestone-goals', {
        focusArea: focusAreas[i % 5].id,
        code: `${(i % 5) + 1}.${Math.floor(i / 5) + 1}`,
        text: `Etappmål ${i}.`,
        targetYear: 2020 + (i % 6),
        responsible: [organisations[i % 10].id, organisations[(i + 3) % 10].id],
        indicators: own.map((indicator) => indicator.id),
      }),
    )
  }
  for (const [i, goal] of goals.entries()) {
    for (const year of [2019, 2020]) {
      await create('follow-ups', {
        milestoneGoal: goal.id,
        year,
        status: STATUSES[(i + year) % 5],
        commentary: richTextFromParagraphs([`Kommentar ${i} ${year}.`]),
        _status: 'published',
      })
    }
  }
  await actionsOf(payload, goals, 'stor')
  const contact = await create('contacts', { name: 'Kim Kontakt', role: 'Strateg', email: 'kim@example.org' })
  await create('news', {
    title: 'Uppföljningen av det stora programmet',
    slug: 'stort-program-2020',
    followUpYear: 2020,
    contact: contact.id,
    focusAreas: focusAreas.map((area) => area.id),
    milestoneGoals: goals.slice(0, 30).map((goal) => goal.id),
    _status: 'published',
  })
  return programme
}

let api: SeededApi
let counter: ReturnType<typeof countReads> | undefined

beforeAll(async () => {
  api = await seededApi()
})
afterEach(() => {
  counter?.restore()
  counter = undefined
})
afterAll(async () => {
  await api?.close()
})

/** The reads of one full followUp query over HTTP, and its report. */
async function readsOfReport(programme: string) {
  counter = countReads(api.payload)
  const response = await api.post(FULL_REPORT, { programme })
  const calls = [...counter.calls]
  counter.restore()
  counter = undefined
  return { calls, report: dataOf(response).followUp }
}

describe('database round trips of one followUp', () => {
  it('are counted by wrapping the adapter’s read methods, which are restored afterwards', async () => {
    const original = api.payload.db.find
    counter = countReads(api.payload)
    expect(counter.wrapped).toEqual(expect.arrayContaining(['find', 'findOne', 'count', 'queryDrafts']))
    expect(api.payload.db.find).not.toBe(original)
    await api.payload.find({ collection: 'programmes', depth: 0, pagination: false })
    expect(counter.calls).toEqual(['find:programmes'])
    counter.restore()
    expect(api.payload.db.find).toBe(original)
  })

  // Writing a programme four times the seed's takes a while on a busy machine, and longer on a database server.
  it('are a small constant: the same for the seed and for a programme four times larger', async () => {
    await actionsOf(
      api.payload,
      [...(await goalIdsByCode(api.payload)).values()].slice(0, 5).map((id) => ({ id })),
      'seed',
    )
    const seeded = await readsOfReport('kmpp-2017')
    expect(seeded.report.goals).toHaveLength(25)
    expect(seeded.report.news).toHaveLength(1)

    await largeProgramme(api.payload)
    const large = await readsOfReport('stort-program')
    expect(large.report.goals).toHaveLength(GOALS)
    expect(
      new Set(large.report.goals.flatMap((goal: { indicators: Array<{ id: string }> }) => goal.indicators.map((i) => i.id))).size,
    ).toBe(INDICATORS)
    expect(
      large.report.goals.every((goal: { indicators: Array<{ series: unknown[] }> }) => goal.indicators.every((i) => i.series.length === 5)),
    ).toBe(true)
    expect(
      large.report.goals.every((goal: { milestoneGoal: { responsible: unknown[] } }) => goal.milestoneGoal.responsible.length === 2),
    ).toBe(true)
    expect(large.report.goals.every((goal: { actions: Array<{ updates: unknown[] }> }) => goal.actions[0].updates.length === 2)).toBe(true)
    expect(large.report.actionCounts.map((entry: { count: number }) => entry.count)).toEqual([25, 25, 25, 25])
    expect(large.report.news.map((item: { contact: { name: string } }) => item.contact.name)).toEqual(['Kim Kontakt'])

    const summary = `seed: ${seeded.calls.length} (${seeded.calls.join(', ')}); large: ${large.calls.length} (${large.calls.join(', ')})`
    expect(seeded.calls.length, summary).toBeGreaterThan(0)
    expect(large.calls.length, summary).toBe(seeded.calls.length)
    // One read per kind of document the query reaches, news bodies among them, the report's news
    // once through each of its two links, and for the actions: theirs, their goals', and the
    // unpublished rounds that hide their updates; the content version, under which those rounds are
    // kept (read again here, since the programme was just written).
    expect(large.calls.length, summary).toBeLessThanOrEqual(17)
  }, 180_000)
})
