import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { makeProgramme } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { fillMissing } from '../helpers/read-models'

let payload: Payload
let goalId: string

beforeAll(async () => {
  payload = await testPayload()
  goalId = (await makeProgramme(payload)).goal.id
  await payload.update({
    collection: 'milestone-goals',
    id: goalId,
    locale: 'en',
    data: { text: 'A milestone goal.' },
    overrideAccess: true,
  })
})

const stored = (id: string) => payload.findByID({ collection: 'milestone-goals', id, depth: 0, locale: 'all', overrideAccess: true })

/** What the admin's goal picker finds for `search`: a `like` on the collection's title field. */
async function pickerFinds(search: string, locale: 'sv' | 'en' = 'sv') {
  const useAsTitle = payload.collections['milestone-goals'].config.admin.useAsTitle as 'label'
  const { docs } = await payload.find({
    collection: 'milestone-goals',
    where: { [useAsTitle]: { like: search } },
    locale,
    depth: 0,
    limit: 100,
    overrideAccess: true,
  })
  return docs.filter(({ id }) => id === goalId).map((goal) => goal[useAsTitle])
}

describe('the admin title of a milestone goal', () => {
  it('is its code and text in each locale, found by either', async () => {
    expect((await stored(goalId)).label).toEqual({ sv: '1.1 Ett etappmål.', en: '1.1 A milestone goal.' })
    expect(await pickerFinds('1.1')).toEqual(['1.1 Ett etappmål.'])
    expect(await pickerFinds('etappmål')).toEqual(['1.1 Ett etappmål.'])
    expect(await pickerFinds('milestone', 'en')).toEqual(['1.1 A milestone goal.'])
  })

  it('follows a new code in every locale and a new text in its own, whatever a client sends for it', async () => {
    await payload.update({ collection: 'milestone-goals', id: goalId, data: { code: '1.9', label: 'Påhittat' }, overrideAccess: true })
    expect((await stored(goalId)).label).toEqual({ sv: '1.9 Ett etappmål.', en: '1.9 A milestone goal.' })
    await payload.update({
      collection: 'milestone-goals',
      id: goalId,
      locale: 'en',
      data: { text: 'Emissions fall.' },
      overrideAccess: true,
    })
    expect((await stored(goalId)).label).toEqual({ sv: '1.9 Ett etappmål.', en: '1.9 Emissions fall.' })
  })
})

describe('milestone goals saved before they had a label', () => {
  it('get it in every locale, with the rest of them and their time of update unchanged', async () => {
    const before = await stored(goalId)
    // The adapter replaces the localised rows as a whole: the text goes with the emptied label.
    await payload.db.updateOne({
      collection: 'milestone-goals',
      id: goalId,
      data: { text: before.text, label: { sv: null, en: null }, updatedAt: before.updatedAt },
    })
    expect((await stored(goalId)).label).toEqual({ sv: null, en: null })

    expect(await fillMissing(payload, 'milestone-goals.label')).toBeGreaterThanOrEqual(1)
    expect(await stored(goalId)).toEqual(before)
    expect(await fillMissing(payload, 'milestone-goals.label')).toBe(0)
  })
})
