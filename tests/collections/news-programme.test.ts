import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '../../src/shared/ids'
import { makeNews, makeProgramme } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { asBeforeField, fillMissing } from '../helpers/read-models'

let payload: Payload
let one: Awaited<ReturnType<typeof makeProgramme>>
let other: Awaited<ReturnType<typeof makeProgramme>>

beforeAll(async () => {
  payload = await testPayload()
  one = await makeProgramme(payload)
  other = await makeProgramme(payload)
})

/** The item as stored: its published document, or with `draft` its latest version. */
async function stored(id: string, draft = false) {
  return payload.findByID({ collection: 'news', id, depth: 0, draft, overrideAccess: true, locale: 'all' })
}

describe('the programme of a news item', () => {
  it('follows from its focus areas, from its milestone goals alone, and is empty without links', async () => {
    const byArea = await makeNews(payload, 'published', { focusAreas: [one.focusArea.id] })
    const byGoal = await makeNews(payload, 'published', { milestoneGoals: [other.goal.id] })
    const unlinked = await makeNews(payload, 'published')
    expect(idOf(byArea.programme)).toBe(one.programme.id)
    expect(idOf(byGoal.programme)).toBe(other.programme.id)
    expect(unlinked.programme ?? null).toBeNull()
  })

  it('moves with its links, in the published item and in a draft', async () => {
    const item = await makeNews(payload, 'published', { focusAreas: [one.focusArea.id] })
    await payload.update({
      collection: 'news',
      id: item.id,
      data: { focusAreas: [], milestoneGoals: [other.goal.id] },
      draft: true,
      overrideAccess: true,
    })
    expect(idOf((await stored(item.id, true)).programme)).toBe(other.programme.id)
    expect(idOf((await stored(item.id)).programme)).toBe(one.programme.id)
    await payload.update({ collection: 'news', id: item.id, data: { _status: 'published' }, overrideAccess: true })
    expect(idOf((await stored(item.id)).programme)).toBe(other.programme.id)
  })

  it('must be one: links to two programmes are refused on publishing, naming the milestone goals', async () => {
    const error = await makeNews(payload, 'published', { focusAreas: [one.focusArea.id], milestoneGoals: [other.goal.id] }).then(
      () => undefined,
      (e: { status?: number; data?: { errors?: Array<{ path: string; message: string }> } }) => e,
    )
    expect(error?.status).toBe(400)
    expect(error?.data?.errors).toContainEqual(
      expect.objectContaining({ path: 'milestoneGoals', message: 'Fokusområdena och etappmålen ska höra till samma program.' }),
    )
  })

  it('is empty for a draft linked to two programmes, which is saved unvalidated', async () => {
    const draft = await makeNews(payload, 'draft', { focusAreas: [one.focusArea.id], milestoneGoals: [other.goal.id] })
    expect(draft.programme ?? null).toBeNull()
  })
})

describe('news written before items had a programme', () => {
  it('get it, in the item and in its versions, with their other fields and locales unchanged', async () => {
    const item = await makeNews(payload, 'published', { milestoneGoals: [one.goal.id] })
    await payload.update({ collection: 'news', id: item.id, data: { title: 'English title' }, locale: 'en', overrideAccess: true })
    await payload.update({ collection: 'news', id: item.id, data: { title: 'Utkastrubrik' }, draft: true, overrideAccess: true })
    const before = { published: await stored(item.id), draft: await stored(item.id, true) }

    const versions = await asBeforeField(payload, 'news', item.id, 'programme')
    expect((await stored(item.id)).programme ?? null).toBeNull()
    expect((await stored(item.id, true)).programme ?? null).toBeNull()

    expect(await fillMissing(payload, 'news.programme')).toBeGreaterThanOrEqual(1)
    expect(await stored(item.id)).toEqual(before.published)
    expect(await stored(item.id, true)).toEqual(before.draft)
    expect(before.draft.title).toEqual({ sv: 'Utkastrubrik', en: 'English title' })
    const { docs: filled } = await payload.findVersions({
      collection: 'news',
      where: { parent: { equals: item.id } },
      pagination: false,
      depth: 0,
    })
    expect(filled.map((version) => idOf(version.version.programme))).toEqual(versions.map(() => one.programme.id))
  })
})
