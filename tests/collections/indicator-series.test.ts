import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seriesOfMeasurements } from '../../collections/Indicators/series'
import { testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const base = { name: 'Utsläpp', unit: 'kton', direction: 'decrease' as const }
const english = { name: 'Emissions', unit: 'kt' }
const write = { overrideAccess: true } as const
const seriesOf = async (id: string) => (await payload.findByID({ collection: 'indicators', id, ...write })).series

describe('the series read model of an indicator', () => {
  it('orders the measurements by year and keeps each note in the language it was written in', async () => {
    const created = await payload.create({
      collection: 'indicators',
      locale: 'sv',
      data: {
        ...base,
        measurements: [
          { year: 2021, value: 9 },
          { year: 2020, value: 10, note: 'Preliminärt' },
        ],
      },
      ...write,
    })
    const rows = created.measurements!
    await payload.update({
      collection: 'indicators',
      id: created.id,
      locale: 'en',
      data: { ...english, measurements: rows.map((row) => ({ ...row, note: row.year === 2020 ? 'Preliminary' : 'Revised' })) },
      ...write,
    })
    expect(await seriesOf(created.id)).toEqual([
      { id: rows.find((r) => r.year === 2020)!.id, year: 2020, value: 10, note: { sv: 'Preliminärt', en: 'Preliminary' } },
      { id: rows.find((r) => r.year === 2021)!.id, year: 2021, value: 9, note: { en: 'Revised' } },
    ])
  })

  it('follows changed values and removed rows, and keeps notes when another language is saved', async () => {
    const created = await payload.create({
      collection: 'indicators',
      locale: 'sv',
      data: {
        ...base,
        measurements: [
          { year: 2019, value: 5, note: 'Gammal' },
          { year: 2020, value: 6 },
        ],
      },
      ...write,
    })
    const [first] = created.measurements!
    await payload.update({
      collection: 'indicators',
      id: created.id,
      locale: 'en',
      data: { ...english, measurements: [{ ...first, value: 4, note: 'Old' }] },
      ...write,
    })
    expect(await seriesOf(created.id)).toEqual([{ id: first.id, year: 2019, value: 4, note: { sv: 'Gammal', en: 'Old' } }])
  })

  it('is left alone by a save that does not touch the measurements', async () => {
    const created = await payload.create({
      collection: 'indicators',
      data: { ...base, measurements: [{ year: 2020, value: 1 }] },
      ...write,
    })
    await payload.update({ collection: 'indicators', id: created.id, data: { source: 'SCB' }, ...write })
    expect((await seriesOf(created.id))?.map((point) => point.value)).toEqual([1])
  })
})

describe('seriesOfMeasurements', () => {
  it('takes every language at once from a save in all locales', () => {
    expect(
      seriesOfMeasurements([{ id: 'a', year: 2020, value: 1, note: { sv: 'x', en: '' } }], 'all', [
        { id: 'a', year: 2020, value: 1, note: { en: 'old' } },
      ]),
    ).toEqual([{ id: 'a', year: 2020, value: 1, note: { sv: 'x' } }])
  })

  it('drops a note that was cleared in the saved language', () => {
    expect(
      seriesOfMeasurements([{ id: 'a', year: 2020, value: 1, note: null }], 'sv', [
        { id: 'a', year: 2020, value: 1, note: { sv: 'x', en: 'y' } },
      ]),
    ).toEqual([{ id: 'a', year: 2020, value: 1, note: { en: 'y' } }])
  })
})
