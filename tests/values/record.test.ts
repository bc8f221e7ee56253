import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { applyValues } from '../../src/values/record'
import { testPayload } from '../helpers/payload'

let payload: Payload
let strategist: User

beforeAll(async () => {
  payload = await testPayload()
  strategist = await payload.create({
    collection: 'users',
    data: { email: `strateg-${Date.now()}@example.org`, password: 'hemligt-lösen-1', role: 'strategist' },
    overrideAccess: true,
  })
})

const indicator = (measurements: Array<{ year: number; value: number }>) =>
  payload.create({
    collection: 'indicators',
    locale: 'sv',
    data: { name: `Indikator ${Math.random()}`, unit: 'ton', direction: 'decrease', measurements },
    overrideAccess: true,
  })

const asStrategist = () => ({ user: strategist, overrideAccess: false }) as const

describe('the provenance of measurements', () => {
  it('marks a value typed in as manual, by its user, and keeps it while the value stays', async () => {
    const created = await indicator([{ year: 2020, value: 10 }])
    const [row] = created.measurements!
    const edited = await payload.update({
      collection: 'indicators',
      id: created.id,
      data: {
        measurements: [
          { ...row, source: 'kolada', reference: 'https://example.org/forged' },
          { year: 2021, value: 9 },
        ],
      },
      ...asStrategist(),
    })
    const [kept, typed] = edited.measurements!
    expect(kept).toMatchObject({ year: 2020, value: 10, source: 'manual', reference: null, recordedBy: null })
    expect(kept.recordedAt).toBe(row.recordedAt)
    expect(typed).toMatchObject({ year: 2021, value: 9, source: 'manual', reference: null })
    expect(typed.recordedBy).toMatchObject({ id: strategist.id })
    expect(Date.parse(typed.recordedAt!)).toBeGreaterThan(Date.parse(row.recordedAt!))
  })
})

describe('applying imported values', () => {
  it('writes what is added and changed with its provenance and keeps the import with every change', async () => {
    const created = await indicator([
      { year: 2019, value: 5 },
      { year: 2020, value: 6 },
    ])
    const req = await createLocalReq({ user: strategist }, payload)
    const { plan, import: kept } = await applyValues(req, { source: 'spreadsheet', reference: 'värden.xlsx' }, [
      { indicator: String(created.id), year: 2019, value: 5 },
      { indicator: String(created.id), year: 2020, value: 7, note: 'Reviderat' },
      { indicator: String(created.id), year: 2021, value: 8 },
    ])
    expect([plan.added.length, plan.changed.length, plan.unchanged.length]).toEqual([1, 1, 1])
    const stored = await payload.findByID({ collection: 'indicators', id: created.id, locale: 'sv', depth: 0, overrideAccess: true })
    const byYear = Object.fromEntries(stored.measurements!.map((row) => [row.year, row]))
    expect(byYear[2019]).toMatchObject({ value: 5, source: 'manual' })
    expect(byYear[2020]).toMatchObject({
      value: 7,
      note: 'Reviderat',
      source: 'spreadsheet',
      reference: 'värden.xlsx',
      recordedBy: strategist.id,
    })
    expect(byYear[2021]).toMatchObject({ value: 8, source: 'spreadsheet', recordedAt: byYear[2020].recordedAt })
    expect(kept).toMatchObject({ kind: 'spreadsheet', reference: 'värden.xlsx', added: 1, changed: 1, unchanged: 1 })
    expect(kept!.changes).toEqual([
      {
        indicator: String(created.id),
        year: 2021,
        before: null,
        after: { value: 8, source: 'spreadsheet', reference: 'värden.xlsx', recordedAt: byYear[2021].recordedAt },
      },
      {
        indicator: String(created.id),
        year: 2020,
        before: { value: 6, source: 'manual', reference: null, recordedAt: expect.any(String) },
        after: { value: 7, source: 'spreadsheet', reference: 'värden.xlsx', recordedAt: byYear[2020].recordedAt },
      },
    ])
  })

  it('writes nothing when any part of the import fails', async () => {
    const created = await indicator([{ year: 2020, value: 6 }])
    const req = await createLocalReq({ user: strategist }, payload)
    const imports = (await payload.count({ collection: 'imports', overrideAccess: true })).totalDocs
    await expect(
      applyValues(req, { source: 'spreadsheet', reference: 'trasig.csv' }, [
        { indicator: String(created.id), year: 2020, value: 9 },
        { indicator: String(created.id), year: 1800, value: 1 },
      ]),
    ).rejects.toThrow()
    const stored = await payload.findByID({ collection: 'indicators', id: created.id, depth: 0, overrideAccess: true })
    expect(stored.measurements!.map(({ year, value }) => [year, value])).toEqual([[2020, 6]])
    expect((await payload.count({ collection: 'imports', overrideAccess: true })).totalDocs).toBe(imports)
  })
})
