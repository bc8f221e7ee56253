import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadOverdueIndicators } from '../../../src/components/admin/overdue-indicators'
import type { User } from '../../../src/payload-types'
import { testPayload, userWithRole } from '../../helpers/payload'

let payload: Payload
let strategist: User

const indicator = (name: string, nextValueDue: string | null, years: number[]) =>
  payload.create({
    collection: 'indicators',
    data: { name, unit: 'st', direction: 'increase', nextValueDue, measurements: years.map((year) => ({ year, value: year })) },
    overrideAccess: true,
  })

beforeAll(async () => {
  payload = await testPayload()
  strategist = await userWithRole(payload, 'strategist')
})

describe("the dashboard's overdue indicators", () => {
  it('lists those past due without the value due, longest overdue first, then by name, with edit page and due day', async () => {
    const now = new Date('2026-12-07T06:00:00.000Z')
    expect(await loadOverdueIndicators(payload, strategist, 'sv', now)).toEqual([])

    // Due 2023-07-01: waits for 2022's value.
    const late = await indicator('Sen sedan länge', '2023-07-01', [2020, 2021])
    const lateToo = await indicator('Sen', '2026-12-06', [])
    const alsoLate = await indicator('Också sen', '2026-12-06', [])
    await indicator('Har värdet', '2025-03-01', [2024])
    await indicator('Väntas i morgon', '2026-12-08', [])
    await indicator('Väntas i dag', '2026-12-07', [])
    await indicator('Inget datum', null, [])

    expect(await loadOverdueIndicators(payload, strategist, 'sv', now)).toEqual([
      { name: 'Sen sedan länge', due: '2023-07-01', href: `/admin/collections/indicators/${late.id}` },
      { name: 'Också sen', due: '2026-12-06', href: `/admin/collections/indicators/${alsoLate.id}` },
      { name: 'Sen', due: '2026-12-06', href: `/admin/collections/indicators/${lateToo.id}` },
    ])
  })
})
