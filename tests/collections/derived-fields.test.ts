import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { derivedName } from '@/collections/derived/field'
import { fillDerivedFields } from '@/collections/derived/fill'
import { derivedFields } from '@/collections/derived/index'
import { makeNews, makeProgramme } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { asBeforeField } from '../helpers/read-models'

let payload: Payload
let one: Awaited<ReturnType<typeof makeProgramme>>

beforeAll(async () => {
  payload = await testPayload()
  one = await makeProgramme(payload)
  await makeNews(payload, 'published', { milestoneGoals: [one.goal.id] })
})

const read = { depth: 0, overrideAccess: true, locale: 'all' } as const
const indicator = () => payload.findByID({ collection: 'indicators', id: one.indicator.id, ...read })
const followUp = () => payload.findByID({ collection: 'follow-ups', id: one.followUp.id, ...read })
const fill = (onlyMissing: boolean, names?: string[]) => fillDerivedFields(payload, { onlyMissing, names })
const nothing = { documents: 0, versions: 0 }

describe('the declarations of derived fields', () => {
  it('name fields of their collections, each once, and the sources they read', () => {
    const names = derivedFields.map(derivedName)
    expect(new Set(names).size).toBe(names.length)
    for (const field of derivedFields) {
      const fields = payload.collections[field.collection].config.flattenedFields.map(({ name }) => name)
      expect(fields).toContain(field.name)
      for (const source of field.sources) expect(fields).toContain(source)
    }
  })
})

describe('fillDerivedFields', () => {
  it('derives every value again, keeping the time of update, and then writes nothing', async () => {
    const before = { indicator: await indicator(), followUp: await followUp() }
    await fill(false)
    expect((await followUp()).updatedAt).toBe(before.followUp.updatedAt)
    const counts = await fill(false)
    expect(Object.keys(counts)).toEqual(derivedFields.map(derivedName))
    expect(Object.values(counts)).toEqual(derivedFields.map(() => nothing))
    expect(await indicator()).toEqual(before.indicator)
  })

  it('fills a missing value, in the document and its versions, keeping the rest and the time of update', async () => {
    const before = await followUp()
    await asBeforeField(payload, 'follow-ups', one.followUp.id, 'title')
    expect((await followUp()).title ?? null).toBeNull()
    const counts = await fill(true)
    expect(counts['follow-ups.title'].documents).toBe(1)
    expect(counts['follow-ups.title'].versions).toBeGreaterThanOrEqual(1)
    expect(await followUp()).toEqual(before)
    expect(before.title).toBe('1.1 – 2019')
    expect(await fill(true)).toEqual(Object.fromEntries(derivedFields.map((field) => [derivedName(field), nothing])))
  })

  it('only where missing leaves a value that is there, even a wrong one; otherwise it derives it again', async () => {
    const { series } = await indicator()
    await payload.db.updateOne({ collection: 'indicators', id: one.indicator.id, data: { series: [] } })
    expect((await fill(true))['indicators.series']).toEqual(nothing)
    expect((await indicator()).series).toEqual([])
    expect((await fill(false))['indicators.series']).toEqual({ documents: 1, versions: 0 })
    expect((await indicator()).series).toEqual(series)
  })

  it('fills the fields named, and only them', async () => {
    await payload.db.updateOne({ collection: 'indicators', id: one.indicator.id, data: { series: null } })
    await payload.db.updateOne({ collection: 'follow-ups', id: one.followUp.id, data: { title: null } })
    expect(await fill(true, ['follow-ups.title'])).toEqual({ 'follow-ups.title': { documents: 1, versions: 0 } })
    expect((await indicator()).series ?? null).toBeNull()
    expect((await followUp()).title).toBe('1.1 – 2019')
    expect(await fill(true, ['indicators.series'])).toEqual({ 'indicators.series': { documents: 1, versions: 0 } })
    expect((await indicator()).series?.map(({ year, value }) => [year, value])).toEqual([
      [2018, 10],
      [2019, 12],
    ])
  })

  it('refuses a name no field has', async () => {
    await expect(fill(true, ['indicators.measurements'])).rejects.toThrow('No derived field is named indicators.measurements.')
  })
})
