import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { withValueProvenance } from '../../collections/Indicators/provenance'
import { seriesOfMeasurements } from '../../collections/Indicators/series'
import * as sqlite from '../../src/migrations/20261207_061500_series_provenance'
import * as mongodb from '../../src/migrations-mongodb/20261207_061500_series_provenance'
import * as postgres from '../../src/migrations-postgres/20261207_061500_series_provenance'
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
    expect(await seriesOf(created.id)).toMatchObject([
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
    expect(await seriesOf(created.id)).toMatchObject([{ id: first.id, year: 2019, value: 4, note: { sv: 'Gammal', en: 'Old' } }])
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

describe('the provenance in the series', () => {
  it('carries the source, reference and time of recording of each value, as the save stamped them', async () => {
    const created = await payload.create({
      collection: 'indicators',
      data: { ...base, measurements: [{ year: 2020, value: 1 }] },
      ...write,
    })
    const [typed] = created.measurements!
    const req = await createLocalReq({}, payload)
    withValueProvenance(req, {
      source: 'kolada',
      reference: 'https://api.kolada.se/v3/data/kpi/N00401/municipality/0136',
      recordedAt: '2026-03-01T08:00:00.000Z',
    })
    await payload.update({
      collection: 'indicators',
      id: created.id,
      data: { measurements: [typed, { year: 2021, value: 2 }] },
      req,
      ...write,
    })
    expect(await seriesOf(created.id)).toEqual([
      { id: typed.id, year: 2020, value: 1, source: 'manual', recordedAt: typed.recordedAt },
      {
        id: expect.any(String),
        year: 2021,
        value: 2,
        source: 'kolada',
        reference: 'https://api.kolada.se/v3/data/kpi/N00401/municipality/0136',
        recordedAt: '2026-03-01T08:00:00.000Z',
      },
    ])
    expect(typed.recordedAt).toEqual(expect.any(String))
  })

  it('reaches series stored before it, through the migration of each adapter', async () => {
    const created = await payload.create({
      collection: 'indicators',
      data: { ...base, measurements: [{ year: 2020, value: 1 }] },
      ...write,
    })
    const [{ id, year, value }] = created.series!
    await payload.db.updateOne({ collection: 'indicators', id: created.id, data: { series: [{ id, year, value }] } })
    expect(await seriesOf(created.id)).toEqual([{ id, year, value }])
    const req = await createLocalReq({}, payload)
    for (const migration of [sqlite, postgres, mongodb]) {
      await payload.db.updateOne({ collection: 'indicators', id: created.id, data: { series: [{ id, year, value }] } })
      await migration.up({ payload, req } as never)
      expect(await seriesOf(created.id)).toEqual([{ id, year, value, source: 'manual', recordedAt: created.measurements![0].recordedAt }])
    }
  })

  it('counts a row stored before provenance existed as typed in', () => {
    expect(seriesOfMeasurements([{ id: 'a', year: 2020, value: 1 }], 'sv')).toEqual([{ id: 'a', year: 2020, value: 1, source: 'manual' }])
  })
})

describe('seriesOfMeasurements', () => {
  it('takes every language at once from a save in all locales', () => {
    expect(
      seriesOfMeasurements([{ id: 'a', year: 2020, value: 1, note: { sv: 'x', en: '' } }], 'all', [
        { id: 'a', year: 2020, value: 1, note: { en: 'old' }, source: 'manual' },
      ]),
    ).toEqual([{ id: 'a', year: 2020, value: 1, note: { sv: 'x' }, source: 'manual' }])
  })

  it('drops a note that was cleared in the saved language', () => {
    expect(
      seriesOfMeasurements([{ id: 'a', year: 2020, value: 1, note: null }], 'sv', [
        { id: 'a', year: 2020, value: 1, note: { sv: 'x', en: 'y' }, source: 'manual' },
      ]),
    ).toEqual([{ id: 'a', year: 2020, value: 1, note: { en: 'y' }, source: 'manual' }])
  })
})
