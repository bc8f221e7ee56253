import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { KoladaError, readKoladaSeries } from '../../../src/values/kolada/client'
import { type LocalKolada, localKolada } from './local-kolada'

let kolada: LocalKolada
const waits: number[] = []
const options = () => ({ baseUrl: kolada.url, timeoutMs: 300, retries: 2, backoffMs: 10, wait: async (ms: number) => void waits.push(ms) })

beforeAll(async () => {
  kolada = await localKolada(2)
})

afterAll(async () => {
  await kolada?.close()
})

describe("Kolada's client", () => {
  it('reads the total of every period over all pages, leaving out periods without a value', async () => {
    kolada.setSeries('N00401', '0136', [
      { period: 2016, total: 5.1, women: 4, men: 6 },
      { period: 2017, total: 4.8 },
      { period: 2018, total: null },
      { period: 2019, total: 4.2 },
      { period: 2020, total: 3.9 },
    ])
    const before = kolada.requests.length
    const series = await readKoladaSeries('N00401', '0136', options())
    expect(series).toEqual({
      url: `${kolada.url}/data/kpi/N00401/municipality/0136`,
      values: [
        { year: 2016, value: 5.1 },
        { year: 2017, value: 4.8 },
        { year: 2019, value: 4.2 },
        { year: 2020, value: 3.9 },
      ],
    })
    expect(kolada.requests.slice(before)).toEqual([
      '/v2/data/kpi/N00401/municipality/0136',
      '/v2/data/kpi/N00401/municipality/0136?page=2&per_page=2',
      '/v2/data/kpi/N00401/municipality/0136?page=3&per_page=2',
    ])
  })

  it('tries again after a 503 and a 429, waiting longer each time or as long as Retry-After says', async () => {
    kolada.setSeries('N00402', '0136', [{ period: 2020, total: 12 }])
    kolada.script('N00402', '0136', [{ status: 503 }, { status: 429, headers: { 'retry-after': '2' } }])
    waits.length = 0
    expect((await readKoladaSeries('N00402', '0136', options())).values).toEqual([{ year: 2020, value: 12 }])
    expect(waits).toEqual([10, 2000])
  })

  it('gives up with an error naming the KPI when Kolada keeps failing', async () => {
    kolada.script('N00403', '0136', [{ status: 500 }, { status: 502 }, { status: 503 }])
    await expect(readKoladaSeries('N00403', '0136', options())).rejects.toThrow(
      new KoladaError('N00403', `Kolada svarade 503 för N00403 (${kolada.url}/data/kpi/N00403/municipality/0136, 3 försök).`),
    )
  })

  it('does not try again after a 404', async () => {
    const before = kolada.requests.length
    await expect(readKoladaSeries('N00404', '0136', { ...options(), baseUrl: `${kolada.url}/saknas` })).rejects.toThrow(
      /^Kolada svarade 404 för N00404/,
    )
    expect(kolada.requests.length - before).toBe(1)
  })

  it('stops waiting for an answer after the timeout', async () => {
    kolada.script('N00405', '0136', ['no answer', 'no answer', 'no answer'])
    await expect(readKoladaSeries('N00405', '0136', options())).rejects.toThrow(/^Kolada svarade inte inom 0.3 s för N00405 .*3 försök/)
  })

  it('says when Kolada cannot be reached at all', async () => {
    await expect(readKoladaSeries('N00406', '0136', { ...options(), baseUrl: 'http://127.0.0.1:9/v2' })).rejects.toThrow(
      /^Kolada gick inte att nå för N00406/,
    )
  })

  it('rejects malformed JSON and answers of another shape with an error naming the KPI', async () => {
    kolada.script('N00407', '0136', [{ status: 200, body: '{"values": [' }])
    await expect(readKoladaSeries('N00407', '0136', options())).rejects.toThrow('Koladas svar för N00407 är inte JSON.')
    kolada.script('N00408', '0136', [{ status: 200, body: '{"data": []}' }])
    await expect(readKoladaSeries('N00408', '0136', options())).rejects.toThrow('Koladas svar för N00408 saknar "values".')
    kolada.script('N00409', '0136', [{ status: 200, body: '{"values": [{"period": "2020", "values": [{"gender": "T", "value": "x"}]}]}' }])
    await expect(readKoladaSeries('N00409', '0136', options())).rejects.toThrow(/^Koladas svar för N00409 har en period av fel form/)
  })
})
