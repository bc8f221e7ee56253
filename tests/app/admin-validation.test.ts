/**
 * A refusal as an editor meets it in the admin of the production build: the reason beside the
 * field, in Swedish, and nothing stored.
 */
import { describe, expect, it } from 'vitest'

import { appInBrowser } from './helpers/app'
import { logIn, step } from './helpers/browser'
import { chooseRelated } from './helpers/news-editor'

describe('a strategist saving an organisation with a bad slug in the admin', () => {
  const session = appInBrowser()

  it('sees why beside the field, and nothing is stored', async () => {
    const { page, app } = session
    await logIn(page, 'strateg@example.org')
    await page.goto('/admin/collections/organisations/create')
    await page.locator('#field-name').fill('Testbolaget')
    await page.locator('#field-slug').fill('test bolaget/2')
    await chooseRelated(page, 'kind', 'Kommunalt bolag')
    await page.getByRole('button', { name: 'Spara' }).click()

    const reason = page.locator('.field-type.text', { has: page.locator('#field-slug') }).getByText(/får bara innehålla små bokstäver/)
    await expect.poll(() => reason.count(), { timeout: 15_000 }).toBeGreaterThan(0)
    await step(page, 'slug-refused')
    const stored = await fetch(`${app.url}/api/organisations?where[name][equals]=Testbolaget&depth=0`)
    expect(((await stored.json()) as { totalDocs: number }).totalDocs).toBe(0)
  })
})
