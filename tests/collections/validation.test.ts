import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { makeNews, makeProgramme } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

let payload: Payload
let base: Awaited<ReturnType<typeof makeProgramme>>

beforeAll(async () => {
  payload = await testPayload()
  base = await makeProgramme(payload)
})

type FieldError = { path: string; message: string }

/** Expects the write to be refused naming `path`, and nothing new to be stored in the collection. */
async function expectRefused(collection: CollectionSlug, write: () => Promise<unknown>, path: string, message?: RegExp) {
  const before = await payload.count({ collection, overrideAccess: true })
  const error = await write().then(
    () => undefined,
    (e: unknown) => e as { status?: number; data?: { errors?: FieldError[] } },
  )
  expect(error, 'the write should have been refused').toBeDefined()
  expect(error?.status).toBe(400)
  const fieldError = error?.data?.errors?.find((e) => e.path === path)
  expect(fieldError, `an error for ${path} in ${JSON.stringify(error?.data?.errors)}`).toBeDefined()
  if (message) expect(fieldError?.message).toMatch(message)
  const after = await payload.count({ collection, overrideAccess: true })
  expect(after.totalDocs).toBe(before.totalDocs)
}

const followUp = (year: number) => () =>
  payload.create({ collection: 'follow-ups', data: { milestoneGoal: base.goal.id, year, status: 'on_track' }, overrideAccess: true })

describe('years are whole numbers from 1990 to 2100', () => {
  it.each([1989, 2101, 0, 2020.5])('a follow-up for year %s is refused', async (year) => {
    await expectRefused('follow-ups', followUp(year), 'year', /1990 till 2100/)
  })

  it.each([1990, 2100])('year %s is accepted', async (year) => {
    const doc = await followUp(year)()
    expect(doc.year).toBe(year)
  })

  it('a measurement year outside the range is refused', async () => {
    await expectRefused(
      'indicators',
      () =>
        payload.create({
          collection: 'indicators',
          data: { name: 'Mätår', unit: 'st', direction: 'increase', measurements: [{ year: 1850, value: 1 }] },
          overrideAccess: true,
        }),
      'measurements.0.year',
      /1990 till 2100/,
    )
  })
})

describe('milestone goals', () => {
  it('a target year before the programme was adopted is refused', async () => {
    await expectRefused(
      'milestone-goals',
      () =>
        payload.create({
          collection: 'milestone-goals',
          data: { focusArea: base.focusArea.id, code: '1.9', text: 'För tidigt.', targetYear: 2016 },
          overrideAccess: true,
        }),
      'targetYear',
      /antagande \(2017\)/,
    )
  })

  it('the adoption year itself is a valid target year', async () => {
    const goal = await payload.create({
      collection: 'milestone-goals',
      data: { focusArea: base.focusArea.id, code: '1.8', text: 'Samma år.', targetYear: 2017 },
      overrideAccess: true,
    })
    expect(goal.targetYear).toBe(2017)
  })

  it('a code is unique within its programme', async () => {
    await expectRefused(
      'milestone-goals',
      () =>
        payload.create({
          collection: 'milestone-goals',
          data: { focusArea: base.focusArea.id, code: base.goal.code, text: 'Dubblett.', targetYear: 2025 },
          overrideAccess: true,
        }),
      'code',
      /redan ett etappmål med nummer 1\.1/,
    )
  })

  it('the same code is fine in another programme', async () => {
    const other = await makeProgramme(payload)
    expect(other.goal.code).toBe(base.goal.code)
  })

  it('a malformed code is refused', async () => {
    await expectRefused(
      'milestone-goals',
      () =>
        payload.create({
          collection: 'milestone-goals',
          data: { focusArea: base.focusArea.id, code: 'ett', text: 'Fel.', targetYear: 2025 },
          overrideAccess: true,
        }),
      'code',
    )
  })

  it('the goal takes its programme from its focus area', async () => {
    expect(base.goal.programme).toBe(base.programme.id)
  })
})

describe('indicators have one measurement per year', () => {
  it('a year given twice is refused', async () => {
    await expectRefused(
      'indicators',
      () =>
        payload.create({
          collection: 'indicators',
          data: {
            name: 'Dubbelår',
            unit: 'st',
            direction: 'increase',
            measurements: [
              { year: 2019, value: 1 },
              { year: 2019, value: 2 },
            ],
          },
          overrideAccess: true,
        }),
      'measurements',
      /år 2019 finns redan/,
    )
  })

  it('adding an existing year to a stored indicator is refused and the indicator keeps its values', async () => {
    const rows = base.indicator.measurements ?? []
    await expect(
      payload.update({
        collection: 'indicators',
        id: base.indicator.id,
        data: { measurements: [...rows, { year: 2018, value: 99 }] },
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 400 })
    const stored = await payload.findByID({ collection: 'indicators', id: base.indicator.id, overrideAccess: true })
    expect(stored.measurements?.map((m) => [m.year, m.value])).toEqual([
      [2018, 10],
      [2019, 12],
    ])
  })
})

describe('follow-ups', () => {
  it('one follow-up per goal and year', async () => {
    await expectRefused('follow-ups', followUp(2019), 'year', /redan en uppföljning för 2019/)
  })

  it('the same year for another goal is fine, and the title names the goal and year', async () => {
    const goal = await payload.create({
      collection: 'milestone-goals',
      data: { focusArea: base.focusArea.id, code: '1.2', text: 'Annat mål.', targetYear: 2022 },
      overrideAccess: true,
    })
    const doc = await payload.create({
      collection: 'follow-ups',
      data: { milestoneGoal: goal.id, year: 2019, status: 'at_risk' },
      overrideAccess: true,
      depth: 0,
    })
    expect(doc.title).toBe('1.2 – 2019')
    expect(doc.programme).toBe(base.programme.id)
  })

  it('a draft saved before its year was chosen is titled with a question mark for the year', async () => {
    const doc = await payload.create({
      collection: 'follow-ups',
      data: { milestoneGoal: base.goal.id } as never,
      draft: true,
      overrideAccess: true,
      depth: 0,
    })
    expect(doc.title).toBe(`${base.goal.code} – ?`)
  })
})

describe('slugs are URL-safe and unique', () => {
  const organisation = (slug: string) => () =>
    payload.create({ collection: 'organisations', data: { name: 'Org', slug, kind: 'administration' }, overrideAccess: true })

  it.each(['med mellanslag', 'med/snedstreck', 'Versaler', 'åäö', '-kant-'])('"%s" is refused', async (slug) => {
    await expectRefused('organisations', organisation(slug), 'slug', /små bokstäver/)
  })

  it('a slug already taken is refused, with a Swedish message', async () => {
    await expectRefused('organisations', organisation(base.organisation.slug), 'slug', /Sluggen forvaltning-.* används redan/)
  })

  it('a slug taken by a published news item is refused for a new one', async () => {
    const taken = await makeNews(payload, 'published')
    const news = () =>
      payload.create({
        collection: 'news',
        data: { title: 'En annan nyhet', slug: taken.slug, lead: 'Ingress.', _status: 'published' } as never,
        overrideAccess: true,
      })
    await expectRefused('news', news, 'slug', /används redan/)
  })

  it('a document keeps its own slug when saved again', async () => {
    const saved = await payload.update({
      collection: 'organisations',
      id: base.organisation.id,
      data: { slug: base.organisation.slug, kind: 'company' },
      overrideAccess: true,
    })
    expect(saved.kind).toBe('company')
  })

  it('an empty slug is made from the title, without å, ä and ö', async () => {
    const doc = await payload.create({
      collection: 'focus-areas',
      // The slug is left out on purpose.
      data: { programme: base.programme.id, kind: 'chapter', order: 5, title: 'Kommunikation och samverkan', goal: 'Mål.' } as never,
      overrideAccess: true,
    })
    expect(doc.slug).toBe('kommunikation-och-samverkan')
    const news = await payload.create({
      collection: 'news',
      data: { title: 'Årets uppföljning är klar!', _status: 'published' } as never,
      overrideAccess: true,
    })
    expect(news.slug).toBe('arets-uppfoljning-ar-klar')
  })
})

describe('a focus area or goal keeps its programme while what took theirs from it links to it', () => {
  const moveTo = (focusArea: string, programme: string) => () =>
    payload.update({ collection: 'focus-areas', id: focusArea, data: { programme }, overrideAccess: true })
  const moveGoal = (goal: string, focusArea: string) => () =>
    payload.update({ collection: 'milestone-goals', id: goal, data: { focusArea, code: '9.9' }, overrideAccess: true })
  const programmeOf = async (collection: 'focus-areas' | 'milestone-goals', id: string) =>
    (await payload.findByID({ collection, id, depth: 0, overrideAccess: true })).programme
  /** A programme whose focus area has no goals left, and another programme. */
  async function emptiedFocusArea() {
    const made = await makeProgramme(payload)
    await payload.delete({ collection: 'follow-ups', id: made.followUp.id, overrideAccess: true })
    await payload.delete({ collection: 'milestone-goals', id: made.goal.id, overrideAccess: true })
    return { ...made, other: await makeProgramme(payload) }
  }

  it('a focus area with milestone goals is not moved to another programme', async () => {
    const other = await makeProgramme(payload)
    await expectRefused('focus-areas', moveTo(base.focusArea.id, other.programme.id), 'programme', /har etappmål/)
    expect(await programmeOf('focus-areas', base.focusArea.id)).toBe(base.programme.id)
  })

  it('a focus area that news items are about is not moved either', async () => {
    const { programme, focusArea, other } = await emptiedFocusArea()
    await makeNews(payload, 'published', { focusAreas: [focusArea.id] })
    await expectRefused('focus-areas', moveTo(focusArea.id, other.programme.id), 'programme', /har nyheter/)
    expect(await programmeOf('focus-areas', focusArea.id)).toBe(programme.id)
  })

  it('a focus area without goals or news moves', async () => {
    const { focusArea, other } = await emptiedFocusArea()
    await moveTo(focusArea.id, other.programme.id)()
    expect(await programmeOf('focus-areas', focusArea.id)).toBe(other.programme.id)
  })

  it('a focus area with milestone goals is not deleted; one without is', async () => {
    const { focusArea, goal, followUp } = await makeProgramme(payload)
    const refused = await payload.delete({ collection: 'focus-areas', id: focusArea.id, overrideAccess: true }).then(
      () => undefined,
      (e: unknown) => e as { status?: number; message?: string },
    )
    expect(refused?.status).toBe(400)
    expect(refused?.message).toMatch(/har etappmål och kan inte tas bort/)
    expect(await programmeOf('focus-areas', focusArea.id)).toBeDefined()

    await payload.delete({ collection: 'follow-ups', id: followUp.id, overrideAccess: true })
    await payload.delete({ collection: 'milestone-goals', id: goal.id, overrideAccess: true })
    await payload.delete({ collection: 'focus-areas', id: focusArea.id, overrideAccess: true })
    expect(
      (await payload.count({ collection: 'focus-areas', where: { id: { equals: focusArea.id } }, overrideAccess: true })).totalDocs,
    ).toBe(0)
  })

  it('a goal with assessments is not moved to another programme', async () => {
    const { programme, goal } = await makeProgramme(payload)
    const other = await makeProgramme(payload)
    await expectRefused('milestone-goals', moveGoal(goal.id, other.focusArea.id), 'focusArea', /har uppföljningar/)
    expect(await programmeOf('milestone-goals', goal.id)).toBe(programme.id)
  })

  it('a goal that news items are about is not moved either; one without assessments or news is', async () => {
    const { programme, focusArea, goal, followUp } = await makeProgramme(payload)
    const other = await makeProgramme(payload)
    await payload.delete({ collection: 'follow-ups', id: followUp.id, overrideAccess: true })
    const news = await makeNews(payload, 'published', { milestoneGoals: [goal.id] })
    await expectRefused('milestone-goals', moveGoal(goal.id, other.focusArea.id), 'focusArea', /har nyheter/)
    expect(await programmeOf('milestone-goals', goal.id)).toBe(programme.id)

    await payload.update({
      collection: 'news',
      id: news.id,
      data: { milestoneGoals: [], focusAreas: [focusArea.id] },
      overrideAccess: true,
    })
    await moveGoal(goal.id, other.focusArea.id)()
    expect(await programmeOf('milestone-goals', goal.id)).toBe(other.programme.id)
  })
})
