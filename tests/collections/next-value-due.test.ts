import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const base = { name: 'Utsläpp', unit: 'kton', direction: 'decrease' as const }
const write = { overrideAccess: true } as const
const dueOf = async (id: string) => (await payload.findByID({ collection: 'indicators', id, ...write })).nextValueDue?.slice(0, 10)

describe("an indicator's nextValueDue", () => {
  it('is set from the latest value when an indicator is created with values', async () => {
    const created = await payload.create({
      collection: 'indicators',
      data: {
        ...base,
        measurements: [
          { year: 2023, value: 2 },
          { year: 2022, value: 3 },
        ],
      },
      ...write,
    })
    expect(await dueOf(created.id)).toBe('2025-07-01')
  })

  it('moves on a year when the value of a later year comes in, and not for an earlier year or a changed value', async () => {
    const created = await payload.create({
      collection: 'indicators',
      data: { ...base, measurements: [{ year: 2022, value: 3 }] },
      ...write,
    })
    const rows = created.measurements!
    await payload.update({
      collection: 'indicators',
      id: created.id,
      data: { measurements: [...rows, { year: 2021, value: 4 }] },
      ...write,
    })
    expect(await dueOf(created.id)).toBe('2024-07-01')
    const { measurements } = await payload.update({
      collection: 'indicators',
      id: created.id,
      data: { measurements: [...rows, { year: 2023, value: 2 }] },
      ...write,
    })
    expect(await dueOf(created.id)).toBe('2025-07-01')
    await payload.update({
      collection: 'indicators',
      id: created.id,
      data: { nextValueDue: '2026-01-15', measurements: measurements!.map((row) => ({ ...row, value: row.value + 1 })) },
      ...write,
    })
    expect(await dueOf(created.id)).toBe('2026-01-15')
  })

  it('keeps a due date set in the same save that brings a later value', async () => {
    const created = await payload.create({
      collection: 'indicators',
      data: { ...base, measurements: [{ year: 2022, value: 3 }] },
      ...write,
    })
    await payload.update({
      collection: 'indicators',
      id: created.id,
      data: { nextValueDue: '2030-03-01', measurements: [...created.measurements!, { year: 2023, value: 2 }] },
      ...write,
    })
    expect(await dueOf(created.id)).toBe('2030-03-01')
  })

  it('is left alone by a save that does not touch the values', async () => {
    const created = await payload.create({ collection: 'indicators', data: { ...base, nextValueDue: '2024-02-01' }, ...write })
    await payload.update({ collection: 'indicators', id: created.id, data: { source: 'SCB' }, ...write })
    expect(await dueOf(created.id)).toBe('2024-02-01')
  })
})
