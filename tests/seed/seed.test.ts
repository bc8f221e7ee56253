import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seedProgramme } from '../../src/seed/seed'
import { REPORTER_ORGANISATION, SEED_ACCOUNTS, seedAccounts } from '../../src/seed/users'
import { idOf } from '../../src/shared/ids'
import { testPayload } from '../helpers/payload'

let payload: Payload
let first: Awaited<ReturnType<typeof seedProgramme>>

const COLLECTIONS: CollectionSlug[] = [
  'programmes',
  'focus-areas',
  'milestone-goals',
  'indicators',
  'follow-ups',
  'organisations',
  'contacts',
  'news',
  'follow-up-rounds',
  'actions',
]

async function snapshot() {
  const state: Record<string, string[]> = {}
  for (const collection of COLLECTIONS) {
    const { docs } = await payload.find({ collection, pagination: false, depth: 0, overrideAccess: true, draft: true })
    state[collection] = docs.map((d) => `${d.id}@${(d as { updatedAt: string }).updatedAt}`).sort()
  }
  return state
}

const find = <S extends CollectionSlug>(collection: S, where = {}, locale: 'sv' | 'en' = 'sv') =>
  payload.find({ collection, where, pagination: false, depth: 0, overrideAccess: false, locale })

beforeAll(async () => {
  payload = await testPayload()
  first = await seedProgramme(payload)
})

describe('the KMPP seed', () => {
  it('loads the programme with its five parts', async () => {
    const {
      docs: [programme],
    } = await find('programmes', { slug: { equals: 'kmpp-2017' } })
    expect(programme.title).toMatch(/Klimat- och miljöpolitiskt program/)
    expect(programme.adoptedOn.slice(0, 10)).toBe('2017-10-09')
    const { docs: parts } = await find('focus-areas', { programme: { equals: programme.id } })
    expect(parts.map((p) => p.kind).sort()).toEqual(['chapter', 'focus_area', 'focus_area', 'focus_area', 'focus_area'])
    expect(parts.every((p) => p.goal.length > 20)).toBe(true)
  })

  it('has the 25 milestone goals, six of them due in 2018 and one of those reached', async () => {
    const { docs: goals } = await find('milestone-goals')
    expect(goals).toHaveLength(25)
    const due2018 = goals.filter((g) => g.targetYear === 2018).map((g) => g.id)
    expect(due2018).toHaveLength(6)
    const { docs: assessments2018 } = await find('follow-ups', { year: { equals: 2018 } })
    const reached = assessments2018.filter((f) => due2018.includes(String(f.milestoneGoal)) && f.status === 'achieved')
    expect(reached).toHaveLength(1)
  })

  it('has published follow-ups for 2018-2020 for every goal, consistent with the 2020 follow-up', async () => {
    for (const year of [2018, 2019, 2020]) {
      const { totalDocs } = await payload.count({ collection: 'follow-ups', where: { year: { equals: year } }, overrideAccess: false })
      expect(totalDocs).toBe(25)
    }
    const {
      docs: [energyGoal],
    } = await find('milestone-goals', { text: { like: 'energianvändning' }, targetYear: { equals: 2020 } })
    const {
      docs: [energy2020],
    } = await find('follow-ups', { milestoneGoal: { equals: energyGoal.id }, year: { equals: 2020 } })
    expect(energy2020.status).toBe('achieved')
  })

  it('names the responsible organisations, Tornberget and Haninge Bostäder among them', async () => {
    const { docs } = await find('organisations', { kind: { equals: 'company' } })
    expect(docs.map((o) => o.slug).sort()).toEqual(['haninge-bostader', 'tornberget'])
    const { docs: goals } = await find('milestone-goals')
    expect(goals.every((g) => (g.responsible?.length ?? 0) > 0 && (g.indicators?.length ?? 0) > 0)).toBe(true)
  })

  it('gives indicators yearly values, one per year', async () => {
    const { docs } = await find('indicators')
    for (const indicator of docs) {
      const years = (indicator.measurements ?? []).map((m) => m.year)
      expect(years.length).toBeGreaterThanOrEqual(2)
      expect(new Set(years).size).toBe(years.length)
    }
  })

  it("keeps its demonstration values typed in, and expects each indicator's next by 1 July two years after its latest", async () => {
    const { docs } = await find('indicators')
    for (const indicator of docs) {
      const latest = Math.max(...(indicator.measurements ?? []).map((m) => m.year))
      expect(indicator.nextValueDue?.slice(0, 10), indicator.name).toBe(`${latest + 2}-07-01`)
      expect(new Set(indicator.measurements?.map((m) => m.source))).toEqual(new Set(['manual']))
      expect(new Set(indicator.series?.map((point) => point.source))).toEqual(new Set(['manual']))
    }
  })

  it("names Haninge's municipality code and the Kolada key figures found for its indicators, and no others", async () => {
    const [programme] = (await find('programmes', { slug: { equals: 'kmpp-2017' } })).docs
    expect(programme.municipalityCode).toBe('0136')
    const { docs } = await find('indicators', { koladaKpi: { exists: true } })
    expect(Object.fromEntries(docs.map((indicator) => [indicator.name, indicator.koladaKpi]))).toEqual({
      'Andel skyddad natur av kommunens landareal': 'N85055',
      'Mängd hushållsavfall per invånare': 'U07801',
    })
  })

  it('publishes the 2020 follow-up news item with its contact', async () => {
    const {
      docs: [item],
    } = await find('news', { slug: { equals: 'uppfoljning-av-kmpp-2020' } })
    expect(item.followUpYear).toBe(2020)
    expect(item._status).toBe('published')
    const contact = await payload.findByID({ collection: 'contacts', id: String(item.contact), overrideAccess: false })
    expect(contact.email).toMatch(/@haninge\.se$/)
    expect(contact.phone).toBeTruthy()
  })

  it('has English texts beside the Swedish ones', async () => {
    const { docs: sv } = await find('focus-areas', {}, 'sv')
    const { docs: en } = await find('focus-areas', {}, 'en')
    const byId = new Map(en.map((d) => [d.id, d.title]))
    for (const part of sv) expect(byId.get(part.id)).not.toBe(part.title)
  })

  it('has published rounds for 2018-2020, their follow-ups approved and published, and an open round for 2021', async () => {
    const { docs: rounds } = await payload.find({ collection: 'follow-up-rounds', sort: 'year', overrideAccess: true, depth: 0 })
    expect(rounds.map((round) => [round.year, round.state, Boolean(round.publishedAt)])).toEqual([
      [2018, 'published', true],
      [2019, 'published', true],
      [2020, 'published', true],
      [2021, 'open', false],
    ])
    expect(rounds[3].deadline.slice(0, 10)).toBe('2021-04-30')
    const { docs: published } = await find('follow-ups', { year: { less_than_equal: 2020 } })
    expect(published).toHaveLength(75)
    expect(new Set(published.map((followUp) => `${followUp._status}:${followUp.review}`))).toEqual(new Set(['published:approved']))
  })

  it('has 2021 follow-ups in every review state, none published, and goals still missing', async () => {
    expect((await find('follow-ups', { year: { equals: 2021 } })).totalDocs).toBe(0)
    const { docs } = await payload.find({
      collection: 'follow-ups',
      where: { year: { equals: 2021 } },
      draft: true,
      overrideAccess: true,
      depth: 0,
    })
    expect(new Set(docs.map((followUp) => followUp.review))).toEqual(new Set(['draft', 'submitted', 'returned', 'approved']))
    expect(docs.every((followUp) => followUp._status === 'draft')).toBe(true)
    expect(docs.find((followUp) => followUp.review === 'returned')?.reviewComment).toMatch(/\w{10}/)
    expect(docs.length).toBeLessThan(25)
  })

  it('has actions for several goals, with yearly reports, published up to 2020 and the 2021 report as a draft', async () => {
    const { docs: drafts } = await payload.find({ collection: 'actions', draft: true, pagination: false, overrideAccess: true, depth: 0 })
    const goals = new Set(drafts.flatMap((action) => action.milestoneGoals.map((goal) => idOf(goal))))
    expect(goals.size).toBeGreaterThan(5)
    expect(new Set(drafts.map((action) => action.state))).toEqual(new Set(['planned', 'ongoing', 'done', 'cancelled']))
    const { docs: publicActions } = await find('actions')
    const publicYears = publicActions.flatMap((action) => (action.updates ?? []).map((update) => update.year))
    expect(Math.max(...publicYears)).toBe(2020)
    const draftYears = drafts.flatMap((action) => (action.updates ?? []).map((update) => update.year))
    expect(draftYears).toContain(2021)
    const charging = drafts.find((action) => action.slug === 'laddpunkter-vid-infartsparkeringar')
    const inEnglish = await payload.findByID({ collection: 'actions', id: charging!.id, draft: true, locale: 'en', overrideAccess: true })
    expect(inEnglish.updates?.map((update) => update.text)).toEqual([
      'Sites were chosen and twelve charging points procured.',
      'Twelve charging points were put into use at two car parks.',
      'Eight more charging points are being built at Handen station.',
    ])
  })

  it('changes nothing when run again', async () => {
    expect(first.created).toBeGreaterThan(100)
    const before = await snapshot()
    const second = await seedProgramme(payload)
    expect(second.created).toBe(0)
    expect(second.existing).toBe(first.created)
    expect(await snapshot()).toEqual(before)
  })
})

describe('the seeded accounts', () => {
  it('are made in development with the default password, once', async () => {
    expect(await seedAccounts(payload, { NODE_ENV: 'development' })).toBe(4)
    expect(await seedAccounts(payload, { NODE_ENV: 'development' })).toBe(0)
    for (const account of SEED_ACCOUNTS) {
      const { user } = await payload.login({ collection: 'users', data: { email: account.email, password: 'kmpp-dev-password' } })
      expect(user?.role).toBe(account.role)
    }
  })

  it('include a reporter of the exported organisation, which answers for goals in the open round', async () => {
    const { user } = await payload.login({ collection: 'users', data: { email: 'rapportor@example.org', password: 'kmpp-dev-password' } })
    const [organisation] = (await find('organisations', { slug: { equals: REPORTER_ORGANISATION } })).docs
    expect([user?.role, user?.organisation && idOf(user.organisation)]).toEqual(['reporter', organisation.id])
    const goals = await find('milestone-goals', { responsible: { in: [organisation.id] } })
    expect(goals.totalDocs).toBeGreaterThan(5)
  })

  it('are never made in production without SEED_PASSWORD', async () => {
    await payload.delete({ collection: 'users', where: { email: { in: SEED_ACCOUNTS.map((a) => a.email) } }, overrideAccess: true })
    expect(await seedAccounts(payload, { NODE_ENV: 'production' })).toBe(0)
    expect(await seedAccounts(payload, { NODE_ENV: 'production', SEED_PASSWORD: 'a-long-production-password' })).toBe(4)
  })
})
