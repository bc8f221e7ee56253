/**
 * A strategist reads Kolada from the admin home, finds the value Kolada gives differently from a
 * typed one among the value conflicts, and keeps Kolada's. Kolada is a local server answering as
 * Kolada's API does. Screenshots in tests/screenshots/kolada-conflicts/.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { asUser, signIn } from '../export/app-requests'
import { type LocalKolada, localKolada } from '../values/kolada/local-kolada'
import { appInBrowser } from './helpers/app'
import { logIn, step } from './helpers/browser'

const env = { KOLADA_API_URL: '' }
let kolada: LocalKolada
let indicatorId: string

beforeAll(async () => {
  kolada = await localKolada()
  env.KOLADA_API_URL = kolada.url
  // The seed's household waste: 452 kg per inhabitant in 2020, typed in; Kolada says 455 and adds 2021.
  kolada.setSeries('N00001', '0136', [
    { period: 2020, total: 455 },
    { period: 2021, total: 440 },
  ])
  return () => kolada.close()
})

describe('value conflicts with Kolada in the admin', () => {
  const session = appInBrowser(env)

  beforeAll(async () => {
    const { url } = session.app
    const token = await signIn(url, 'admin@example.org')
    const first = async (collection: string, where: string) => {
      const response = await fetch(`${url}/api/${collection}?depth=0&limit=1&${where}`, { headers: asUser(token) })
      return ((await response.json()) as { docs: Array<{ id: string }> }).docs[0].id
    }
    const patch = async (collection: string, id: string, data: object) => {
      const response = await fetch(`${url}/api/${collection}/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', ...asUser(token) },
        body: JSON.stringify(data),
      })
      expect(response.status, `PATCH ${collection}`).toBe(200)
    }
    await patch('programmes', await first('programmes', 'where[slug][equals]=kmpp-2017'), { municipalityCode: '0136' })
    indicatorId = await first('indicators', `where[name][equals]=${encodeURIComponent('Mängd hushållsavfall per invånare')}`)
    await patch('indicators', indicatorId, { koladaKpi: 'N00001' })
  })

  it('reads Kolada from the admin home and says what it found', async () => {
    const { page } = session
    await logIn(page, 'strateg@example.org')
    await page.goto('/admin')
    await page.getByRole('heading', { name: 'Kolada' }).waitFor()
    await page.getByRole('button', { name: 'Hämta från Kolada' }).click()
    await page.getByText('Klart: 1 nytt värde, 0 ändrade, 0 oförändrade, 1 konflikt.').waitFor()
    await step(page, 'kolada-read')
    await page.getByRole('link', { name: '1 öppen värdekonflikt att avgöra' }).click()
    await page
      .getByRole('link', { name: /Mängd hushållsavfall per invånare 2020: 452 \(inmatat för hand\) eller 455 \(Kolada\)/ })
      .waitFor()
    await step(page, 'open-conflicts')
  })

  it("keeps Kolada's value when the strategist chooses it", async () => {
    const { page } = session
    await page.getByRole('link', { name: /Mängd hushållsavfall per invånare 2020/ }).click()
    await page.getByText('Lagrat värde 2020: 452 (inmatat för hand). Kolada: 455.').waitFor()
    await step(page, 'conflict')
    await page.getByRole('button', { name: 'Behåll Koladas värde (455)' }).click()
    await page.getByText('Koladas värde behölls och skrevs in.').waitFor()
    await step(page, 'kolada-kept')
    const response = await page.request.get(`/api/indicators/${indicatorId}?depth=0`)
    const { measurements } = (await response.json()) as { measurements: Array<{ year: number; value: number; source: string }> }
    expect(measurements.filter((row) => row.year >= 2020).map(({ year, value, source }) => ({ year, value, source }))).toEqual([
      { year: 2020, value: 455, source: 'kolada' },
      { year: 2021, value: 440, source: 'kolada' },
    ])
    await page.goto(`/admin/collections/indicators/${indicatorId}`)
    await page.getByRole('heading', { name: 'Importerade värden' }).waitFor()
    const history = await page.locator('section[aria-labelledby="import-history"] li').allInnerTexts()
    expect(history).toEqual([
      expect.stringMatching(
        /^\d{4}-\d\d-\d\d Kolada \(http:\/\/127\.0\.0\.1:\d+\/v2\/data\/kpi\/N00001\/municipality\/0136\): 2020: 452 → 455$/,
      ),
      expect.stringMatching(/ Kolada \(.+\): 2021: 440 \(nytt\)$/),
    ])
    await step(page, 'indicator-history')
  })
})
