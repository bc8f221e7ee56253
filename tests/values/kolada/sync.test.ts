import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../../src/payload-types'
import { resolveConflict } from '../../../src/values/kolada/conflicts'
import { syncKolada } from '../../../src/values/kolada/sync'
import { applyValues } from '../../../src/values/record'
import { testPayload, userWithRole } from '../../helpers/payload'
import { koladaProgramme, storedValues } from './fixtures'
import { type LocalKolada, localKolada } from './local-kolada'

let payload: Payload
let kolada: LocalKolada
let strategist: User & { collection: 'users' }
let emissions: string
let cars: string
let untouched: string

const client = () => ({ baseUrl: kolada.url, timeoutMs: 1000, retries: 1, backoffMs: 1, wait: async () => {} })
const sync = async (indicator?: string) => syncKolada(await createLocalReq({ user: strategist }, payload), { indicator, client: client() })
const counts = ({ added, changed, unchanged }: { added: number; changed: number; unchanged: number }) => ({ added, changed, unchanged })
const openConflicts = async () =>
  (
    await payload.find({
      collection: 'value-conflicts',
      where: { state: { equals: 'open' } },
      depth: 0,
      overrideAccess: true,
      sort: 'year',
    })
  ).docs.map((doc) => [doc.year, doc.stored.value, doc.kolada.value])
const importsOf = async (indicator: string) =>
  (
    await payload.find({
      collection: 'imports',
      where: { indicators: { equals: indicator } },
      depth: 0,
      overrideAccess: true,
      sort: 'createdAt',
    })
  ).docs

beforeAll(async () => {
  payload = await testPayload()
  kolada = await localKolada(2)
  strategist = await userWithRole(payload, 'strategist')
  ;[emissions, cars] = await koladaProgramme(payload, '0136', [
    {
      kpi: 'N00401',
      measurements: [
        { year: 2019, value: 10 },
        { year: 2020, value: 9 },
      ],
    },
    { kpi: 'N07403' },
    {},
  ])
  ;[untouched] = await koladaProgramme(payload, null, [{ kpi: 'N00401', measurements: [{ year: 2019, value: 1 }] }])
  await applyValues(await createLocalReq({ user: strategist }, payload), { source: 'spreadsheet', reference: 'värden.xlsx' }, [
    { indicator: emissions, year: 2021, value: 7 },
  ])
  kolada.setSeries('N00401', '0136', [
    { period: 2018, total: 11 },
    { period: 2019, total: 10 },
    { period: 2020, total: 8.5 },
    { period: 2021, total: 7.5 },
    { period: 2022, total: null },
  ])
  kolada.setSeries('N07403', '0136', [{ period: 2020, total: 3 }])
})

afterAll(async () => {
  await kolada?.close()
})

describe('the Kolada sync', () => {
  it('adds new years, leaves equal values, and raises a conflict for each typed or spreadsheet value Kolada differs from', async () => {
    const result = await sync()
    expect(counts(result)).toEqual({ added: 2, changed: 0, unchanged: 1 })
    expect(result.errors).toEqual([])
    expect(result.conflicts.map(({ indicator, year, stored, kolada: read }) => ({ indicator, year, stored, value: read.value }))).toEqual([
      { indicator: emissions, year: 2020, stored: { value: 9, source: 'manual' }, value: 8.5 },
      { indicator: emissions, year: 2021, stored: { value: 7, source: 'spreadsheet' }, value: 7.5 },
    ])
    const url = `${kolada.url}/data/kpi/N00401/municipality/0136`
    expect(result.conflicts[0].kolada.url).toBe(url)
    expect(await storedValues(payload, emissions)).toEqual({
      2018: { value: 11, source: 'kolada', reference: url },
      2019: { value: 10, source: 'manual', reference: null },
      2020: { value: 9, source: 'manual', reference: null },
      2021: { value: 7, source: 'spreadsheet', reference: 'värden.xlsx' },
    })
    expect((await storedValues(payload, cars))[2020]).toMatchObject({ value: 3, source: 'kolada' })
    expect(await storedValues(payload, untouched)).toEqual({ 2019: { value: 1, source: 'manual', reference: null } })
    const [kept] = (await importsOf(emissions)).filter((doc) => doc.kind === 'kolada')
    expect(kept).toMatchObject({ reference: url, added: 1, changed: 0, unchanged: 1, recordedBy: strategist.id })
  })

  it('raises no conflict twice: the next sync finds the same ones open', async () => {
    const result = await sync()
    expect(counts(result)).toEqual({ added: 0, changed: 0, unchanged: 3 })
    expect(result.conflicts).toHaveLength(2)
    expect(await openConflicts()).toEqual([
      [2020, 9, 8.5],
      [2021, 7, 7.5],
    ])
    expect(await payload.count({ collection: 'value-conflicts', overrideAccess: true })).toMatchObject({ totalDocs: 2 })
  })

  it("follows Kolada's revision of a value first read from Kolada, and keeps the change in an import", async () => {
    kolada.setSeries('N07403', '0136', [{ period: 2020, total: 3.25 }])
    expect(counts(await sync(cars))).toEqual({ added: 0, changed: 1, unchanged: 0 })
    expect((await storedValues(payload, cars))[2020]).toMatchObject({ value: 3.25, source: 'kolada' })
    const latest = (await importsOf(cars)).at(-1)
    expect(latest?.changes).toEqual([
      {
        indicator: cars,
        year: 2020,
        before: {
          value: 3,
          source: 'kolada',
          reference: `${kolada.url}/data/kpi/N07403/municipality/0136`,
          recordedAt: expect.any(String),
        },
        after: {
          value: 3.25,
          source: 'kolada',
          reference: `${kolada.url}/data/kpi/N07403/municipality/0136`,
          recordedAt: expect.any(String),
        },
      },
    ])
  })

  it("writes Kolada's value when a strategist keeps it, and only closes the conflict when the stored one is kept", async () => {
    const [typed, spreadsheet] = (
      await payload.find({
        collection: 'value-conflicts',
        where: { state: { equals: 'open' } },
        depth: 0,
        overrideAccess: true,
        sort: 'year',
      })
    ).docs
    const req = await createLocalReq({ user: strategist }, payload)
    expect(await resolveConflict(req, String(typed.id), 'stored')).toMatchObject({ state: 'kept_stored', resolvedBy: strategist.id })
    expect(await resolveConflict(req, String(spreadsheet.id), 'kolada')).toMatchObject({ state: 'kept_kolada' })
    await expect(resolveConflict(req, String(typed.id), 'kolada')).rejects.toThrow('Konflikten är redan avgjord.')
    const values = await storedValues(payload, emissions)
    expect(values[2020]).toEqual({ value: 9, source: 'manual', reference: null })
    expect(values[2021]).toMatchObject({ value: 7.5, source: 'kolada' })
    expect((await importsOf(emissions)).at(-1)?.changes).toEqual([
      {
        indicator: emissions,
        year: 2021,
        before: { value: 7, source: 'spreadsheet', reference: 'värden.xlsx', recordedAt: expect.any(String) },
        after: { value: 7.5, source: 'kolada', reference: expect.stringContaining('/N00401/'), recordedAt: expect.any(String) },
      },
    ])
  })

  it('does not raise a decided conflict again, unless Kolada gives another value', async () => {
    const result = await sync(emissions)
    expect(result.conflicts).toEqual([])
    expect(counts(result)).toEqual({ added: 0, changed: 0, unchanged: 3 })
    kolada.setSeries('N00401', '0136', [
      { period: 2019, total: 10 },
      { period: 2020, total: 8.7 },
    ])
    const revised = await sync(emissions)
    expect(revised.conflicts.map(({ year, stored, kolada: read }) => [year, stored.value, read.value])).toEqual([[2020, 9, 8.7]])
    expect(await openConflicts()).toEqual([[2020, 9, 8.7]])
  })

  it('closes an open conflict once the stored value no longer differs', async () => {
    const indicator = await payload.findByID({ collection: 'indicators', id: emissions, depth: 0, overrideAccess: true })
    await payload.update({
      collection: 'indicators',
      id: emissions,
      data: { measurements: indicator.measurements!.map((row) => (row.year === 2020 ? { ...row, value: 8.7 } : row)) },
      user: strategist,
      overrideAccess: false,
    })
    const result = await sync(emissions)
    expect(result.conflicts).toEqual([])
    expect(counts(result)).toEqual({ added: 0, changed: 0, unchanged: 2 })
    expect(await openConflicts()).toEqual([])
  })

  it('lists each indicator Kolada could not read and still writes the others', async () => {
    kolada.script('N00401', '0136', [{ status: 200, body: '<html>Underhåll</html>' }])
    kolada.setSeries('N07403', '0136', [
      { period: 2020, total: 3.25 },
      { period: 2021, total: 3.5 },
    ])
    const result = await sync()
    expect(result.errors).toEqual([{ indicator: emissions, kpi: 'N00401', message: 'Koladas svar för N00401 är inte JSON.' }])
    expect(counts(result)).toEqual({ added: 1, changed: 0, unchanged: 1 })
  })

  it('says why an indicator asked for cannot be read', async () => {
    const [, , withoutKpi] = (await payload.find({ collection: 'milestone-goals', where: { indicators: { equals: emissions } }, depth: 0 }))
      .docs[0].indicators as string[]
    expect((await sync(withoutKpi)).errors).toEqual([
      { indicator: withoutKpi, kpi: null, message: 'Indikatorn har inget nyckeltal i Kolada.' },
    ])
    const missing = '00000000-0000-4000-8000-000000000000'
    expect((await sync(missing)).errors).toEqual([{ indicator: missing, kpi: null, message: 'Indikatorn finns inte.' }])
    expect((await sync(untouched)).errors).toEqual([
      { indicator: untouched, kpi: 'N00401', message: 'Indikatorn hör inte till något program med kommunkod.' },
    ])
  })
})
