/**
 * Bad input to the CMS through Payload's REST API on the production server, as editors send it:
 * every validation rule of the collections refuses the write with a 4xx that names the field,
 * and nothing is stored. tests/collections/validation.test.ts has the same rules on the Local API.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_UPLOAD_BYTES } from '../../collections/Media'
import type { Role } from '../../collections/roles'
import { type AppServer, appEnvironment, startApp } from '../helpers/app-server'
import { pngUpload, textUpload, type UploadFile } from './helpers/files'
import { type Client, type Reply, signedIn } from './helpers/http'
import { internalsIn } from './helpers/leaks'
import { recordFigures } from './report'

let app: AppServer
type Staff = Exclude<Role, 'reporter'>
let staff: Record<Staff, Client>
let fixtures: Fixtures

/** Stored documents the bad writes collide with. */
type Fixtures = {
  programme: string
  focusArea: string
  /** A milestone goal with a published 2020 follow-up. */
  goal: { id: string; code: string }
  indicator: { id: string; measurements: Array<{ year: number; value: number }> }
  newsSlug: string
}

const first = async (collection: string, where = '') => {
  const found = await staff.admin.get(`/api/${collection}?depth=0&limit=1${where}`)
  expect(found.status, found.text).toBe(200)
  return found.json.docs[0]
}

beforeAll(async () => {
  app = await startApp()
  staff = {
    admin: await signedIn(app.url, 'admin'),
    strategist: await signedIn(app.url, 'strategist'),
    communicator: await signedIn(app.url, 'communicator'),
  }
  const followUp = await first('follow-ups', '&where[year][equals]=2020')
  const goal = await first('milestone-goals', `&where[id][equals]=${followUp.milestoneGoal}`)
  const indicator = await first('indicators', '&where[measurements.year][exists]=true')
  fixtures = {
    programme: (await first('programmes', '&where[slug][equals]=kmpp-2017')).id,
    focusArea: (await first('focus-areas')).id,
    goal: { id: goal.id, code: goal.code },
    indicator: {
      id: indicator.id,
      measurements: indicator.measurements.map(({ year, value }: { year: number; value: number }) => ({ year, value })),
    },
    newsSlug: (await first('news')).slug,
  }
})
afterAll(async () => {
  await app?.stop()
  recordFigures('CMS bad input', [
    { label: 'inputs tried', value: tried },
    { label: 'errors as expected', value: asExpected },
  ])
})

let tried = 0
let asExpected = 0

type Write = (f: Fixtures) => Promise<Reply>

const create =
  (collection: string, data: (f: Fixtures) => Record<string, unknown>, as: Staff = 'strategist', query = ''): Write =>
  (f) =>
    staff[as].post(`/api/${collection}?depth=0${query}`, data(f))

const upload =
  (file: () => Promise<UploadFile> | UploadFile, data: Record<string, unknown> = { alt: 'Ett diagram' }) =>
  async () =>
    staff.communicator.upload('/api/media?depth=0', await file(), data)

/** Everything stored in a collection, as the admin sees it. */
async function stored(collection: string): Promise<unknown> {
  const all = await staff.admin.get(`/api/${collection}?depth=0&pagination=false&sort=id`)
  expect(all.status, all.text).toBe(200)
  return all.json.docs
}

type Case = { name: string; collection: string; write: Write; field: RegExp }

const followUp = (year: unknown) =>
  create('follow-ups', (f) => ({ milestoneGoal: f.goal.id, year, status: 'on_track', _status: 'published' }))
const goal = (fields: Record<string, unknown>) =>
  create('milestone-goals', (f) => ({ focusArea: f.focusArea, code: '9.9', text: 'Ett nytt etappmål.', targetYear: 2030, ...fields }))
const indicator = (fields: Record<string, unknown>) =>
  create('indicators', () => ({ name: 'Ny indikator', unit: 'st', direction: 'increase', ...fields }))
const organisation = (slug: string) => create('organisations', () => ({ name: 'Ny förvaltning', slug, kind: 'administration' }))
const news = (fields: Record<string, unknown>) =>
  create('news', () => ({ title: 'En ny nyhet', slug: 'en-ny-nyhet', _status: 'published', ...fields }), 'communicator')
const contact = (fields: Record<string, unknown>) => create('contacts', () => ({ name: 'Ny kontakt', ...fields }), 'communicator')
const account = (fields: Record<string, unknown>) =>
  create('users', () => ({ email: 'ny@example.org', password: 'a-long-password-123', role: 'communicator', ...fields }), 'admin')

const cases: Case[] = [
  // Years: whole years from 1990 to 2100
  ...[1989, 2101, 0, 2020.5, 'tjugotjugo'].map((year) => ({
    name: `a follow-up for year ${year}`,
    collection: 'follow-ups',
    write: followUp(year),
    field: /Uppföljningsår/,
  })),
  { name: 'a second follow-up for the same goal and year', collection: 'follow-ups', write: followUp(2020), field: /Uppföljningsår/ },
  {
    name: 'a second follow-up for the same goal and year, as a draft',
    collection: 'follow-ups',
    write: create(
      'follow-ups',
      (f) => ({ milestoneGoal: f.goal.id, year: 2020, status: 'at_risk', _status: 'draft' }),
      'strategist',
      '&draft=true',
    ),
    field: /milestone_goal/,
  },
  {
    name: 'a follow-up without a milestone goal',
    collection: 'follow-ups',
    write: create('follow-ups', () => ({ year: 2021, status: 'on_track' })),
    field: /Etappmål/,
  },
  {
    name: 'a follow-up with an unknown status',
    collection: 'follow-ups',
    write: create('follow-ups', (f) => ({ milestoneGoal: f.goal.id, year: 2021, status: 'great' })),
    field: /Bedömning/,
  },
  // Milestone goals
  { name: 'a goal code that is not like 1.2', collection: 'milestone-goals', write: goal({ code: 'ett' }), field: /Nummer/ },
  {
    name: 'a goal code already in the programme',
    collection: 'milestone-goals',
    write: create('milestone-goals', (f) => ({ focusArea: f.focusArea, code: f.goal.code, text: 'Dubblett.', targetYear: 2030 })),
    field: /Nummer/,
  },
  {
    name: 'a target year before the programme was adopted',
    collection: 'milestone-goals',
    write: goal({ targetYear: 2016 }),
    field: /Målår/,
  },
  { name: 'a target year after 2100', collection: 'milestone-goals', write: goal({ targetYear: 2200 }), field: /Målår/ },
  { name: 'a goal without its text', collection: 'milestone-goals', write: goal({ text: '' }), field: /Etappmål/ },
  // Indicators: one value per year
  {
    name: 'a measurement year twice in a new indicator',
    collection: 'indicators',
    write: indicator({
      measurements: [
        { year: 2019, value: 1 },
        { year: 2019, value: 2 },
      ],
    }),
    field: /Mätvärden/,
  },
  {
    name: 'a measurement year twice in a stored indicator',
    collection: 'indicators',
    write: (f) =>
      staff.strategist.patch(`/api/indicators/${f.indicator.id}?depth=0`, {
        measurements: [...f.indicator.measurements, { ...f.indicator.measurements[0], value: 99 }],
      }),
    field: /Mätvärden/,
  },
  {
    name: 'a measurement year of 1850',
    collection: 'indicators',
    write: indicator({ measurements: [{ year: 1850, value: 1 }] }),
    field: /Mätvärden 1 > År/,
  },
  {
    name: 'a measurement value that is not a number',
    collection: 'indicators',
    write: indicator({ measurements: [{ year: 2019, value: 'många' }] }),
    field: /Mätvärden 1 > Värde/,
  },
  {
    name: 'a baseline year of 1700',
    collection: 'indicators',
    write: indicator({ baseline: { year: 1700, value: 1 } }),
    field: /Basvärde > År/,
  },
  { name: 'an unknown direction', collection: 'indicators', write: indicator({ direction: 'sideways' }), field: /Önskad riktning/ },
  // Slugs: lower-case a-z, digits and single hyphens, unique
  ...['med/snedstreck', 'med mellanslag', 'Versaler', 'åäö', '../admin'].map((slug) => ({
    name: `the organisation slug ${JSON.stringify(slug)}`,
    collection: 'organisations',
    write: organisation(slug),
    field: /Slug \(i webbadressen\)/,
  })),
  { name: 'a news slug with a slash', collection: 'news', write: news({ slug: 'nyheter/ny' }), field: /Slug \(i webbadressen\)/ },
  { name: 'a news slug already taken', collection: 'news', write: async (f) => news({ slug: f.newsSlug })(f), field: /slug/i },
  // Other fields
  { name: 'a news item without a title', collection: 'news', write: news({ title: '' }), field: /Rubrik/ },
  { name: 'a news item about the year 1800', collection: 'news', write: news({ followUpYear: 1800 }), field: /Uppföljningsår/ },
  {
    name: 'a programme document link to javascript:',
    collection: 'programmes',
    write: create('programmes', () => ({
      title: 'Nytt program',
      slug: 'nytt-program',
      adoptedOn: '2024-01-01',
      documentUrl: 'javascript:alert(1)',
    })),
    field: /Länk till programdokumentet/,
  },
  {
    name: 'a programme adopted on "not a date"',
    collection: 'programmes',
    write: create('programmes', () => ({ title: 'Nytt program', slug: 'nytt-program', adoptedOn: 'not a date' })),
    field: /Antaget/,
  },
  {
    name: 'a focus area numbered 0',
    collection: 'focus-areas',
    write: create('focus-areas', (f) => ({
      programme: f.programme,
      kind: 'chapter',
      order: 0,
      title: 'Nytt kapitel',
      slug: 'nytt-kapitel',
      goal: 'Ett mål.',
    })),
    field: /Ordning/,
  },
  { name: 'a contact phone of letters', collection: 'contacts', write: contact({ phone: 'ring mig' }), field: /Telefon/ },
  { name: 'a contact e-mail without @', collection: 'contacts', write: contact({ email: 'inte-en-adress' }), field: /E-post/ },
  {
    name: 'an account with an e-mail already taken',
    collection: 'users',
    write: account({ email: 'strateg@example.org' }),
    field: /email/,
  },
  { name: 'an account with an unknown role', collection: 'users', write: account({ role: 'superuser' }), field: /Roll/ },
  // Uploads: images and PDFs only, with alternative text
  {
    name: 'a script named .png with type image/png',
    collection: 'media',
    write: upload(() => textUpload('<script>alert(1)</script>\n'.repeat(20), 'bild.png', 'image/png')),
    field: /file/,
  },
  {
    name: 'an SVG with an onload handler',
    collection: 'media',
    write: upload(() => textUpload('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 'bild.svg', 'image/svg+xml')),
    field: /file/,
  },
  { name: 'a text file', collection: 'media', write: upload(() => textUpload('hej', 'text.txt', 'text/plain')), field: /file/ },
  {
    name: 'an image without alternative text',
    collection: 'media',
    write: upload(() => pngUpload('utan-alt.png'), { alt: '' }),
    field: /Alternativtext/,
  },
]

const mediaFile = (name: string) => path.join(appEnvironment('').MEDIA_DIR!, name)

/** Refused with `status`, shown nothing of the server's insides, and nothing stored. */
async function expectRefused(collection: string, write: () => Promise<Reply>, status: (code: number) => boolean): Promise<Reply> {
  const before = await stored(collection)
  const response = await write()
  expect(status(response.status), `status ${response.status}: ${response.text}`).toBe(true)
  expect(internalsIn(response.text), response.text).toEqual([])
  expect(await stored(collection)).toEqual(before)
  return response
}

describe('bad input to the CMS over REST', () => {
  it('the fixtures are there, so the collisions below are real', () => {
    expect(fixtures.indicator.measurements.length).toBeGreaterThan(0)
    expect(fixtures.goal.code).toMatch(/^\d+\.\d+$/)
  })

  it.each(cases)('$name is refused, naming the field', async ({ collection, write, field }) => {
    tried++
    const response = await expectRefused(
      collection,
      () => write(fixtures),
      (code) => code === 400,
    )
    const messages: string[] = response.json?.errors?.map((error: { message: string }) => error.message) ?? []
    expect(messages.join('\n'), response.text).toMatch(field)
    asExpected++
  })

  it(`an upload over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB is refused with 413 and not kept on disk`, async () => {
    tried++
    const name = `for-stor-${Date.now()}.png`
    await expectRefused(
      'media',
      upload(() => pngUpload(name, MAX_UPLOAD_BYTES + 1)),
      (code) => code === 413,
    )
    expect(existsSync(mediaFile(name))).toBe(false)
    asExpected++
  })

  it('a refused upload leaves no file behind', async () => {
    tried++
    const name = `skript-${Date.now()}.png`
    await expectRefused(
      'media',
      upload(() => textUpload('<script>alert(1)</script>', name, 'image/png')),
      (code) => code === 400,
    )
    expect(existsSync(mediaFile(name))).toBe(false)
    asExpected++
  })

  it('a draft skips validation, but cannot be published with a bad year', async () => {
    tried++
    const draft = await staff.strategist.post('/api/follow-ups?depth=0&draft=true', {
      milestoneGoal: fixtures.goal.id,
      year: 1800,
      status: 'at_risk',
      _status: 'draft',
    })
    expect(draft.status, draft.text).toBe(201)
    const publish = await staff.strategist.patch(`/api/follow-ups/${draft.json.doc.id}?depth=0`, { _status: 'published' })
    expect(publish.status, publish.text).toBe(400)
    expect(publish.json.errors[0].message).toMatch(/Uppföljningsår/)
    const stillDraft = await staff.admin.get(`/api/follow-ups/${draft.json.doc.id}?depth=0&draft=true`)
    expect(stillDraft.json._status).toBe('draft')
    asExpected++
  })
})

/**
 * Payload's REST error handler tells its ValidationError and APIError apart by `instanceof`: with
 * two copies of payload in the production bundle the answer kept only the message, and the admin
 * form, which shows `errors[].data.errors` beside each field, only its "invalid field" toast.
 */
describe('what the admin form needs from a refusal', () => {
  it('a refusal carries the field path and the reason in errors[].data.errors', async () => {
    const response = await followUp(1989)(fixtures)
    expect(response.json?.errors?.[0]?.data?.errors).toEqual([
      expect.objectContaining({ path: 'year', message: expect.stringMatching(/1990 till 2100/) }),
    ])
  })

  it('an oversized upload says that the file is too large', async () => {
    const response = await upload(() => pngUpload('stor.png', MAX_UPLOAD_BYTES + 1))()
    expect(response.json?.errors?.[0]?.message).toMatch(/file|fil|limit|stor/i)
  })
})
