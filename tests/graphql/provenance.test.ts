import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { applyValues } from '../../src/values/record'
import { makeProgramme } from '../helpers/fixtures'
import { startGraphQLServer } from '../helpers/graphql-http'
import { testPayload } from '../helpers/payload'

let payload: Payload
let api: Awaited<ReturnType<typeof startGraphQLServer>>

beforeAll(async () => {
  payload = await testPayload()
  api = await startGraphQLServer(payload)
})
afterAll(() => api?.close())

const KOLADA_URL = 'https://api.kolada.se/v3/data/kpi/N00401/municipality/0136/year/2020'
const INDICATOR = `query ($id: ID!) {
  indicator(id: $id) {
    koladaKpi nextValueDue overdue
    series { year value source reference recordedAt }
    latest { year source }
    baseline { year source reference recordedAt }
  }
}`
const indicatorOf = async (id: string) => (await api.post(INDICATOR, { id })).body.data.indicator

describe("an indicator's values and where they came from, in the API", () => {
  it('gives each value its source, reference and time of recording, and none for the baseline', async () => {
    const { indicator } = await makeProgramme(payload)
    await payload.update({
      collection: 'indicators',
      id: indicator.id,
      data: { koladaKpi: 'N00401', baseline: { year: 2017, value: 9 } },
      overrideAccess: true,
    })
    await applyValues(await createLocalReq({}, payload), { source: 'kolada', reference: KOLADA_URL }, [
      { indicator: indicator.id, year: 2020, value: 14 },
    ])
    const stored = await payload.findByID({ collection: 'indicators', id: indicator.id, overrideAccess: true })
    const recordedAt = (year: number) => stored.measurements!.find((row) => row.year === year)!.recordedAt

    const result = await indicatorOf(indicator.id)
    expect(result.series).toEqual([
      { year: 2018, value: 10, source: 'MANUAL', reference: null, recordedAt: recordedAt(2018) },
      { year: 2019, value: 12, source: 'MANUAL', reference: null, recordedAt: recordedAt(2019) },
      { year: 2020, value: 14, source: 'KOLADA', reference: KOLADA_URL, recordedAt: recordedAt(2020) },
    ])
    expect(result.series[2].recordedAt).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(result.latest).toEqual({ year: 2020, source: 'KOLADA' })
    expect(result.baseline).toEqual({ year: 2017, source: null, reference: null, recordedAt: null })
    expect(result.koladaKpi).toBe('N00401')
  })

  it('gives nextValueDue as a day, and overdue from it and the years of the values', async () => {
    const { indicator } = await makeProgramme(payload)
    // The fixture's latest value is 2019's, so 2020's is due by 2021-07-01, long past.
    expect(await indicatorOf(indicator.id)).toMatchObject({ nextValueDue: '2021-07-01', overdue: true })

    await payload.update({ collection: 'indicators', id: indicator.id, data: { nextValueDue: '2999-01-01' }, overrideAccess: true })
    expect(await indicatorOf(indicator.id)).toMatchObject({ nextValueDue: '2999-01-01', overdue: false })

    // Waits for 2019's value, which is there.
    await payload.update({ collection: 'indicators', id: indicator.id, data: { nextValueDue: '2020-03-01' }, overrideAccess: true })
    expect(await indicatorOf(indicator.id)).toMatchObject({ nextValueDue: '2020-03-01', overdue: false })
  })

  it('says nothing is due for an indicator without a due date', async () => {
    const created = await payload.create({
      collection: 'indicators',
      data: { name: 'Utan värden', unit: 'st', direction: 'increase' },
      overrideAccess: true,
    })
    expect(await indicatorOf(created.id)).toMatchObject({ nextValueDue: null, overdue: false, koladaKpi: null, series: [] })
  })
})
