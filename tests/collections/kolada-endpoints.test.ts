import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../../collections/roles'
import { testPayload, userWithRole } from '../helpers/payload'
import { koladaProgramme, storedValues } from '../values/kolada/fixtures'
import { type LocalKolada, localKolada } from '../values/kolada/local-kolada'

let payload: Payload
let kolada: LocalKolada
let heat: string
let waste: string

beforeAll(async () => {
  kolada = await localKolada()
  // Read on each sync (src/values/kolada/client.ts).
  process.env.KOLADA_API_URL = kolada.url
  payload = await testPayload()
  await userWithRole(payload, 'admin')
  ;[heat, waste] = await koladaProgramme(payload, '0136', [{ kpi: 'N00401', measurements: [{ year: 2019, value: 40 }] }, { kpi: 'N07403' }])
  kolada.setSeries('N00401', '0136', [
    { period: 2019, total: 42 },
    { period: 2020, total: 38 },
  ])
  kolada.setSeries('N07403', '0136', [{ period: 2020, total: 210 }])
})

afterAll(async () => {
  await kolada?.close()
})

async function authorization(role?: Role): Promise<Record<string, string>> {
  if (!role) return {}
  const user = await userWithRole(payload, role, role === 'reporter' ? await anOrganisation() : undefined)
  const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: 'test-password-123' } })
  return { authorization: `JWT ${token}` }
}

async function anOrganisation() {
  const organisation = await payload.create({
    collection: 'organisations',
    data: { name: `Förvaltning ${Date.now()}`, slug: `forvaltning-${Date.now()}`, kind: 'administration' },
    overrideAccess: true,
  })
  return String(organisation.id)
}

async function call(method: 'GET' | 'POST', path: string, role: Role | undefined, body?: unknown) {
  const headers = { ...(await authorization(role)), 'content-type': 'application/json' }
  const request = new Request(`http://localhost/api/${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const response = await handleEndpoints({ config: payload.config, request })
  return { status: response.status, body: (await response.json()) as any }
}

const post = (path: string, role: Role | undefined, body?: unknown) => call('POST', path, role, body)

const imports = async () => (await payload.count({ collection: 'imports', overrideAccess: true })).totalDocs

describe('POST /api/indicators/kolada-sync', () => {
  it('is for strategists and admins only', async () => {
    expect((await post('indicators/kolada-sync', undefined)).status).toBe(401)
    for (const role of ['communicator', 'reporter'] as const) {
      const { status, body } = await post('indicators/kolada-sync', role)
      expect(status, role).toBe(403)
      expect(body.errors[0].message).toBe('Bara klimatstrateger får hämta värden från Kolada.')
    }
    expect(await imports()).toBe(0)
  })

  it('reads one indicator when asked, and answers what it did', async () => {
    const before = kolada.requests.length
    const { status, body } = await post('indicators/kolada-sync', 'strategist', { indicator: waste })
    expect(status).toBe(200)
    expect(body).toEqual({ added: 1, changed: 0, unchanged: 0, conflicts: [], errors: [] })
    expect(kolada.requests.slice(before)).toEqual(['/v2/data/kpi/N07403/municipality/0136'])
    expect((await storedValues(payload, waste))[2020]).toMatchObject({ value: 210, source: 'kolada' })
  })

  it('reads every linked indicator without a body, listing the conflicts', async () => {
    const { status, body } = await post('indicators/kolada-sync', 'admin')
    expect(status).toBe(200)
    expect(body).toMatchObject({ added: 1, changed: 0, unchanged: 1, errors: [] })
    expect(body.conflicts).toEqual([
      expect.objectContaining({
        indicator: heat,
        year: 2019,
        stored: { value: 40, source: 'manual' },
        kolada: expect.objectContaining({ value: 42 }),
      }),
    ])
  })

  it('answers 502 with each KPI when Kolada cannot be read, and writes nothing', async () => {
    process.env.KOLADA_API_URL = `${kolada.url}/saknas`
    const written = await imports()
    try {
      const { status, body } = await post('indicators/kolada-sync', 'strategist', {})
      expect(status).toBe(502)
      expect(body.message).toBe('Kolada gick inte att läsa: inga värden hämtades.')
      expect(body.errors.map((error: { kpi: string }) => error.kpi).sort()).toEqual(['N00401', 'N07403'])
      expect(body.errors[0].message).toMatch(/^Kolada svarade 404 för N0\d{4} /)
    } finally {
      process.env.KOLADA_API_URL = kolada.url
    }
    expect(await imports()).toBe(written)
  })

  it('refuses an indicator that is not an ID', async () => {
    expect((await post('indicators/kolada-sync', 'strategist', { indicator: { id: 1 } })).status).toBe(400)
  })
})

describe('POST /api/value-conflicts/:id/resolve', () => {
  it("lets a strategist keep Kolada's value, and nobody else decide", async () => {
    const [conflict] = (await payload.find({ collection: 'value-conflicts', depth: 0, overrideAccess: true })).docs
    const path = `value-conflicts/${conflict.id}/resolve`
    expect((await post(path, undefined, { keep: 'kolada' })).status).toBe(401)
    expect((await post(path, 'communicator', { keep: 'kolada' })).status).toBe(403)
    expect((await post(path, 'strategist', { keep: 'both' })).status).toBe(400)
    const { status, body } = await post(path, 'strategist', { keep: 'kolada' })
    expect(status).toBe(200)
    expect(body).toMatchObject({ state: 'kept_kolada' })
    expect((await storedValues(payload, heat))[2019]).toMatchObject({ value: 42, source: 'kolada' })
    expect((await post(path, 'strategist', { keep: 'stored' })).status).toBe(409)
  })
})

describe('value conflicts over REST', () => {
  it('are read by strategists and admins only, and written by nobody', async () => {
    expect((await call('GET', 'value-conflicts', 'strategist')).body.totalDocs).toBeGreaterThan(0)
    expect((await call('GET', 'value-conflicts', 'communicator')).status).toBe(403)
    expect((await call('GET', 'value-conflicts', undefined)).status).toBe(403)
    const forged = { title: 'Falsk', year: 2020, stored: { value: 1, source: 'manual' }, kolada: { value: 2, url: 'https://example.org' } }
    expect((await call('POST', 'value-conflicts', 'admin', forged)).status).toBe(403)
  })
})
