/**
 * A strategist imports a year's values from a CSV file in the admin: a file with an error is
 * refused with its row and column, the corrected file is previewed and imported, and the import
 * is then found in the list of imports and undone. Screenshots in tests/screenshots/spreadsheet-import/.
 */
import { describe, expect, it } from 'vitest'

import { appInBrowser } from './helpers/app'
import { logIn, step } from './helpers/browser'

const WASTE = 'Mängd hushållsavfall per invånare'

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`, 'utf8') })

type Measurement = { year: number; value: number; source: string; reference: string | null }

describe('the spreadsheet import in the admin', () => {
  const session = appInBrowser()

  async function wasteValues(): Promise<Measurement[]> {
    const { page } = session
    const response = await page.request.get(`/api/indicators?depth=0&limit=1&where[name][equals]=${encodeURIComponent(WASTE)}`)
    const [indicator] = ((await response.json()) as { docs: Array<{ measurements: Measurement[] }> }).docs
    return indicator.measurements
      .filter((row) => row.year >= 2020)
      .map(({ year, value, source, reference }) => ({ year, value, source, reference: reference ?? null }))
  }

  it('shows every error of a file with its row and column, and offers no import', async () => {
    const { page } = session
    await logIn(page, 'strateg@example.org')
    // The navigation links to the page (the navigation itself is folded away at the browser's width).
    expect(await page.getByRole('link', { name: 'Importera värden' }).first().getAttribute('href')).toBe('/admin/importera-varden')
    await page.goto('/admin/importera-varden')
    await page.getByRole('heading', { name: 'Importera värden' }).waitFor()
    await page
      .getByLabel('Fil (CSV eller XLSX)')
      .setInputFiles(csvFile('fel.csv', `indikator;år;värde\nU07801;2021;många\n${WASTE};2020;450\n`))
    const errors = page.getByRole('table', { name: 'Fel i filen' })
    await errors.getByRole('row', { name: '2 värde Värdet "många" är inte ett tal.' }).waitFor()
    await step(page, 'errors')
    expect(await page.getByRole('button', { name: 'Importera' }).count()).toBe(0)
  })

  it('previews the corrected file, imports it and lists the import', async () => {
    const { page } = session
    await page
      .getByLabel('Fil (CSV eller XLSX)')
      .setInputFiles(csvFile('avfall-2021.csv', `indikator;år;värde\nU07801;2021;440,5\n${WASTE};2020;450\n`))
    await page.getByText('Filen ger 1 nytt värde, 1 ändrat och 0 oförändrade.').waitFor()
    const preview = page.getByRole('table', { name: 'Värden i filen' })
    await preview.getByRole('row', { name: `2 ${WASTE} 2021 440,5 Nytt` }).waitFor()
    await preview.getByRole('row', { name: `3 ${WASTE} 2020 452 → 450 Ändras` }).waitFor()
    await step(page, 'preview')
    expect(await wasteValues()).toEqual([{ year: 2020, value: 452, source: 'manual', reference: null }])
    await page.getByRole('button', { name: 'Importera' }).click()
    await page.getByText('Importen är klar: 1 nytt värde, 1 ändrat och 0 oförändrade.').waitFor()
    expect(await wasteValues()).toEqual([
      { year: 2020, value: 450, source: 'spreadsheet', reference: 'avfall-2021.csv' },
      { year: 2021, value: 440.5, source: 'spreadsheet', reference: 'avfall-2021.csv' },
    ])
    await page.getByRole('link', { name: 'Visa importerna' }).click()
    await page
      .getByRole('row', { name: /avfall-2021\.csv/ })
      .getByRole('link')
      .first()
      .click()
    await page.getByRole('button', { name: 'Ångra' }).waitFor()
    await step(page, 'import')
  })

  it('undoes the import from its view', async () => {
    const { page } = session
    await page.getByRole('button', { name: 'Ångra' }).click()
    await page.getByText('Importen är ångrad.').first().waitFor()
    await step(page, 'undone')
    expect(await wasteValues()).toEqual([{ year: 2020, value: 452, source: 'manual', reference: null }])
  })
})
