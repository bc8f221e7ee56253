import { parseAtomFeed } from 'feedsmith'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GOAL_STATUS_LABELS } from '../../collections/FollowUps/statuses'
import { TEXT_LIMITS } from '../../graphql/argument-limits'
import type { ActionState, StatusChange } from '../../src/app/api-client/operations'
import type { ExportJson } from '../../src/app/export/table'
import { actionStateLabel, changeLabel } from '../../src/app/labels'
import type { GoalStatus } from '../../src/figures'
import { asUser, createDocument, documentId, graphql, signIn } from '../export/app-requests'
import { excelSum, parseCsv, swedishExcelValue } from '../export/parse-csv'
import { type AppServer, startApp } from '../helpers/app-server'
import { foreignDocumentId, unknownDocumentId } from '../helpers/document-ids'

type ApiPoint = { year: number; value: number }
type ApiIndicator = {
  id: string
  name: string
  unit: string
  direction: 'INCREASE' | 'DECREASE'
  source: string | null
  baseline: ApiPoint | null
  target: ApiPoint | null
  series: ApiPoint[]
}
type ApiGoal = {
  milestoneGoal: { id: string; code: string; text: string; targetYear: number; focusArea: { title: string } }
  status: string
  previousStatus: string | null
  change: string
  indicators: ApiIndicator[]
  actions: ApiAction[]
}
type ApiAction = {
  slug: string
  title: string
  state: string
  startYear: number
  endYear: number | null
  responsible: Array<{ slug: string; name: string }>
  update: string | null
}

const INDICATOR_FIELDS = 'id name unit direction source baseline { year value } target { year value } series { year value }'

const FOLLOW_UP = /* GraphQL */ `
  query ($year: Int!, $preview: Boolean) {
    followUp(programme: "kmpp-2017", year: $year, preview: $preview) {
      goals {
        milestoneGoal { id code text targetYear focusArea { title } }
        status
        previousStatus
        change
        indicators { ${INDICATOR_FIELDS} }
        actions { slug title state startYear endYear responsible { slug name } update(year: $year) }
      }
    }
  }
`

const swedish = (status: string) => GOAL_STATUS_LABELS[status.toLowerCase() as GoalStatus].sv

let app: AppServer
let published: ApiGoal[]

const apiGoals = async (year: number, headers: Record<string, string> = {}, preview = false) =>
  (await graphql<{ followUp: { goals: ApiGoal[] } }>(app.url, FOLLOW_UP, { year, preview }, headers)).followUp.goals

/** A published action of goal 1.1, running since 2019, written through the REST API as a strategist would. */
async function createAction(): Promise<void> {
  const token = await signIn(app.url, 'strateg@example.org')
  await createDocument(app.url, token, 'actions', {
    title: 'Laddstolpar vid förskolor; etapp 1',
    milestoneGoals: [await documentId(app.url, token, 'milestone-goals', 'where[code][equals]=1.1')],
    responsible: [await documentId(app.url, token, 'organisations', 'where[slug][equals]=tornberget')],
    state: 'ongoing',
    startYear: 2019,
    updates: [{ year: 2020, text: 'Tolv stolpar uppsatta.' }],
    _status: 'published',
  })
}

beforeAll(async () => {
  app = await startApp()
  await createAction()
  published = await apiGoals(2020)
})

afterAll(async () => {
  await app?.stop()
})

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${app.url}${path}`, { headers })

async function exportedCsv(path = '/export/kmpp-2017/2020.csv') {
  const response = await get(path)
  expect(response.status).toBe(200)
  const bytes = new Uint8Array(await response.arrayBuffer())
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  return { response, bytes, text, records: parseCsv(text.replace(/^\uFEFF/, '')) }
}

const INDICATOR_HEADINGS = ['Indikator', 'Enhet', 'Önskad riktning', 'Basvärde', 'Basvärdets år', 'Målvärde', 'Målvärdets år']
const DIRECTIONS = { INCREASE: 'Öka', DECREASE: 'Minska' }
/** A number as the export writes it: decimal comma, ASCII minus. */
const decimal = (value: number | undefined) => (value === undefined ? '' : String(value).replace('.', ','))
/** The goal and indicator of each row the CSV should have: one per indicator, one for a goal without any. */
const expectedRows = (goals: ApiGoal[]) =>
  goals.flatMap((goal) => (goal.indicators.length ? goal.indicators : [null]).map((indicator) => ({ goal, indicator })))

describe('GET /export/{programme}/{year}.csv', () => {
  it('is a UTF-8 CSV download with a byte order mark', async () => {
    const { response, bytes } = await exportedCsv()
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="kmpp-2017-uppfoljning-2020.csv"')
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  })

  it('has Swedish headings, then a column per year headed by the year alone, up to the follow-up year', async () => {
    const [headings] = (await exportedCsv()).records
    expect(headings.slice(0, 12)).toEqual(['Kod', 'Etappmål', 'Bedömning 2020', 'Bedömning 2019', 'Förändring', ...INDICATOR_HEADINGS])
    expect(headings.slice(12).every((heading) => /^\d{4}$/.test(heading))).toBe(true)
    const years = headings.slice(12).map(Number)
    expect(years.at(-1)).toBe(2020)
    expect(years).toEqual(years.map((_, index) => years[0] + index))
    const firstValueYear = Math.min(
      ...published.flatMap((goal) => goal.indicators.flatMap((indicator) => indicator.series.map((point) => point.year))),
    )
    expect(years[0]).toBe(firstValueYear)
  })

  it('has one row per milestone goal and indicator, with the statuses and indicators /graphql gives for the same report', async () => {
    const [headings, ...rows] = (await exportedCsv()).records
    const expected = expectedRows(published)
    expect(published).toHaveLength(25)
    expect(published.some((goal) => goal.indicators.length > 1)).toBe(true)
    expect(rows).toHaveLength(expected.length)
    expect(rows.every((row) => row.length === headings.length)).toBe(true)
    expect(rows.map((row) => row.slice(0, 12))).toEqual(
      expected.map(({ goal, indicator }) => [
        goal.milestoneGoal.code,
        goal.milestoneGoal.text,
        swedish(goal.status),
        goal.previousStatus ? swedish(goal.previousStatus) : '',
        changeLabel(goal.change as StatusChange),
        indicator?.name ?? '',
        indicator?.unit ?? '',
        indicator ? DIRECTIONS[indicator.direction] : '',
        decimal(indicator?.baseline?.value),
        decimal(indicator?.baseline?.year),
        decimal(indicator?.target?.value),
        decimal(indicator?.target?.year),
      ]),
    )
  })

  it("holds each indicator's value of a year as a number in that year's column, which Swedish Excel sums to the API's total", async () => {
    const [headings, ...rows] = (await exportedCsv()).records
    const expected = expectedRows(published)
    for (const year of headings.slice(12)) {
      const column = rows.map((row) => row[headings.indexOf(year)])
      const values = expected.map(({ indicator }) => indicator?.series.find((point) => point.year === Number(year))?.value)
      expect(column, year).toEqual(values.map(decimal))
      expect(
        column.every((cell) => cell === '' || typeof swedishExcelValue(cell) === 'number'),
        year,
      ).toBe(true)
      expect(excelSum(column), year).toBeCloseTo(
        values.reduce<number>((sum, value) => sum + (value ?? 0), 0),
        6,
      )
    }
  })
})

describe('GET /export/{programme}/{year}-atgarder.csv', () => {
  it("is a CSV download with a row per goal and action active in the year, its state in Swedish and the year's update", async () => {
    const { response, records } = await exportedCsv('/export/kmpp-2017/2020-atgarder.csv')
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="kmpp-2017-atgarder-2020.csv"')
    const [headings, ...rows] = records
    expect(headings).toEqual(['Kod', 'Etappmål', 'Åtgärd', 'Läge', 'Startår', 'Slutår', 'Ansvariga', 'Vad som gjordes 2020'])
    const expected = published.flatMap((goal) =>
      goal.actions.map((action) => [
        goal.milestoneGoal.code,
        goal.milestoneGoal.text,
        action.title,
        actionStateLabel(action.state as ActionState),
        String(action.startYear),
        action.endYear === null ? '' : String(action.endYear),
        action.responsible.map((organisation) => organisation.name).join(', '),
        action.update ?? '',
      ]),
    )
    expect(rows).toEqual(expected)
    expect(rows).toContainEqual([
      '1.1',
      expect.any(String),
      'Laddstolpar vid förskolor; etapp 1',
      'Pågår',
      '2019',
      '',
      'Tornberget',
      'Tolv stolpar uppsatta.',
    ])
  })

  it('is not found for a year without a published follow-up', async () => {
    expect((await get('/export/kmpp-2017/1999-atgarder.csv')).status).toBe(404)
    expect((await get('/export/kmpp-2017/2020-atgarder.json')).status).toBe(404)
  })
})

describe('GET /export/{programme}/{year}.json', () => {
  it('holds the same goals as the CSV, with English keys and the values of /graphql', async () => {
    const response = await get('/export/kmpp-2017/2020.json')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const json = (await response.json()) as ExportJson
    expect(json.programme.slug).toBe('kmpp-2017')
    expect(json.year).toBe(2020)
    expect(json.goals).toEqual(
      published.map((goal) => ({
        focusArea: goal.milestoneGoal.focusArea.title,
        code: goal.milestoneGoal.code,
        text: goal.milestoneGoal.text,
        targetYear: goal.milestoneGoal.targetYear,
        status: goal.status,
        previousStatus: goal.previousStatus,
        change: goal.change,
        indicators: goal.indicators.map(({ series, ...indicator }) => ({ ...indicator, values: series })),
        actions: goal.actions.map((action) => ({ ...action, responsible: action.responsible.map((organisation) => organisation.name) })),
      })),
    )
    expect(json.goals.find((goal) => goal.code === '1.1')?.actions.map((action) => action.update)).toContain('Tolv stolpar uppsatta.')
    const [, ...rows] = (await exportedCsv()).records
    expect([...new Set(rows.map((row) => row[0]))]).toEqual(json.goals.map((goal) => goal.code))
  })

  it('has only the values up to the year asked for', async () => {
    const json = (await (await get('/export/kmpp-2017/2018.json')).json()) as ExportJson
    const years = json.goals.flatMap((goal) => goal.indicators.flatMap((indicator) => indicator.values.map((point) => point.year)))
    expect(years.length).toBeGreaterThan(0)
    expect(Math.max(...years)).toBe(2018)
  })
})

describe('GET /export/indicator/{id}.csv and .json', () => {
  const INDICATOR = `query ($id: ID!) { indicator(id: $id) { ${INDICATOR_FIELDS} } }`
  /** An indicator of the report with a baseline and a target, read through /graphql with all its values. */
  const apiIndicator = async () => {
    const candidates = published.flatMap((goal) => goal.indicators).filter((indicator) => indicator.baseline && indicator.target)
    expect(candidates.length).toBeGreaterThan(0)
    return (await graphql<{ indicator: ApiIndicator }>(app.url, INDICATOR, { id: candidates[0].id })).indicator
  }

  it('is a CSV download of its metadata and series, each year a numeric column headed by the year', async () => {
    const indicator = await apiIndicator()
    const { response, bytes, records } = await exportedCsv(`/export/indicator/${indicator.id}.csv`)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="indikator-${indicator.id}.csv"`)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])

    const [headings, row, ...rest] = records
    expect(rest).toEqual([])
    const years = indicator.series.map((point) => point.year)
    const allYears = Array.from({ length: Math.max(...years) - years[0] + 1 }, (_, index) => years[0] + index)
    expect(headings).toEqual([...INDICATOR_HEADINGS, 'Källa', ...allYears.map(String)])
    expect(row).toEqual([
      indicator.name,
      indicator.unit,
      DIRECTIONS[indicator.direction],
      decimal(indicator.baseline!.value),
      decimal(indicator.baseline!.year),
      decimal(indicator.target!.value),
      decimal(indicator.target!.year),
      indicator.source ?? '',
      ...allYears.map((year) => decimal(indicator.series.find((point) => point.year === year)?.value)),
    ])
    expect(excelSum(row.slice(8))).toBeCloseTo(
      indicator.series.reduce((sum, point) => sum + point.value, 0),
      6,
    )
  })

  it('is JSON with the same metadata and series as /graphql gives, with English keys', async () => {
    const { series, ...indicator } = await apiIndicator()
    const response = await get(`/export/indicator/${indicator.id}.json`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(await response.json()).toEqual({ ...indicator, values: series })
  })

  it.each([
    ['an unknown ID', () => `/export/indicator/${unknownDocumentId()}.csv`],
    ['an unknown ID as JSON', () => `/export/indicator/${unknownDocumentId()}.json`],
    ['an ID of another database’s form', () => `/export/indicator/${foreignDocumentId()}.csv`],
    ['an ID no indicator can have', () => '/export/indicator/%27%20OR%201%3D1.csv'],
    [
      'a known ID with another extension',
      () => `/export/indicator/${published.find((goal) => goal.indicators.length)!.indicators[0].id}.xml`,
    ],
    ['no file', () => '/export/indicator'],
  ])('answers 404 for %s', async (_, path) => {
    expect((await get(path())).status).toBe(404)
  })
})

describe('exports that do not exist', () => {
  it.each([
    ['an unknown programme', '/export/okant-program/2020.csv'],
    ['a programme slug longer than any can be', `/export/${'x'.repeat(TEXT_LIMITS.slug + 1)}/2020.csv`],
    ['a year without follow-ups', '/export/kmpp-2017/2030.csv'],
    ['a year out of range', '/export/kmpp-2017/1066.json'],
    ['another extension', '/export/kmpp-2017/2020.xml'],
    ['two extensions', '/export/kmpp-2017/2020.csv.json'],
    ['no extension', '/export/kmpp-2017/2020'],
  ])('answer 404 for %s', async (_, path) => {
    expect((await get(path)).status).toBe(404)
  })
})

describe('GET /nyheter/feed.xml', () => {
  type ApiNews = { news: { edges: Array<{ node: { slug: string; title: string; lead: string | null; publishedAt: string } }> } }
  const NEWS = /* GraphQL */ `
    query ($preview: Boolean) {
      news(first: 20, preview: $preview) { edges { node { slug title lead publishedAt } } }
    }
  `

  const feed = async () => {
    const response = await get('/nyheter/feed.xml')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    return parseAtomFeed(await response.text())
  }

  it('lists the published news with links to their pages', async () => {
    const { news } = await graphql<ApiNews>(app.url, NEWS)
    expect(news.edges.length).toBeGreaterThan(0)
    const parsed = await feed()
    expect(parsed.links).toEqual(
      expect.arrayContaining([
        { rel: 'self', type: 'application/atom+xml', href: `${app.url}/nyheter/feed.xml` },
        { rel: 'alternate', type: 'text/html', href: `${app.url}/nyheter` },
      ]),
    )
    expect(
      parsed.entries?.map((entry) => ({
        title: entry.title?.value,
        summary: entry.summary?.value,
        link: entry.links?.[0]?.href,
        published: entry.published,
      })),
    ).toEqual(
      news.edges.map(({ node }) => ({
        title: node.title,
        summary: node.lead ?? undefined,
        link: `${app.url}/nyheter/${node.slug}`,
        published: node.publishedAt,
      })),
    )
    expect(parsed.entries?.every((entry) => entry.content?.type === 'html' && entry.content.value?.startsWith('<'))).toBe(true)
  })

  it('leaves out a draft, which is not in the export either', async () => {
    const token = await signIn(app.url, 'kommunikator@example.org')
    const title = 'Utkast: ny uppföljning & "hemlig" rubrik'
    const created = await fetch(`${app.url}/api/news?draft=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asUser(token) },
      body: JSON.stringify({ title, lead: 'Ännu inte publicerad.', _status: 'draft' }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { slug: string } }
    const preview = await graphql<ApiNews>(app.url, NEWS, { preview: true }, asUser(token))
    expect(preview.news.edges.map(({ node }) => node.slug)).toContain(doc.slug)

    const entries = (await feed()).entries ?? []
    expect(entries.length).toBeGreaterThan(0)
    expect(entries.map((entry) => entry.title?.value)).not.toContain(title)
    expect(entries.flatMap((entry) => entry.links?.map((link) => link.href) ?? [])).not.toContain(`${app.url}/nyheter/${doc.slug}`)
    expect((await exportedCsv()).text).not.toContain('Utkast: ny uppföljning')
  })
})

describe('a draft assessment', () => {
  it('is not exported before it is published', async () => {
    const token = await signIn(app.url, 'strateg@example.org')
    const goal = published.find((candidate) => candidate.status !== 'NOT_ACHIEVED')!
    const found = await fetch(
      `${app.url}/api/follow-ups?where[milestoneGoal][equals]=${goal.milestoneGoal.id}&where[year][equals]=2020&depth=0`,
      { headers: asUser(token) },
    )
    const [followUp] = ((await found.json()) as { docs: Array<{ id: string }> }).docs
    const saved = await fetch(`${app.url}/api/follow-ups/${followUp.id}?draft=true`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...asUser(token) },
      body: JSON.stringify({ status: 'not_achieved', _status: 'draft' }),
    })
    expect(saved.status).toBe(200)
    const previewed = (await apiGoals(2020, asUser(token), true)).find((candidate) => candidate.milestoneGoal.id === goal.milestoneGoal.id)
    expect(previewed?.status).toBe('NOT_ACHIEVED')

    const [, ...rows] = (await exportedCsv()).records
    expect(rows.find((row) => row[0] === goal.milestoneGoal.code)?.[2]).toBe(swedish(goal.status))
    const json = (await (await get('/export/kmpp-2017/2020.json')).json()) as ExportJson
    expect(json.goals.find((candidate) => candidate.code === goal.milestoneGoal.code)?.status).toBe(goal.status)
  })
})
