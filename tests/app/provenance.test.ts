import { describe, expect, it } from 'vitest'

import { asUser, documentId, signIn } from '../export/app-requests'
import { appInBrowser } from './helpers/app'
import { logIn, step } from './helpers/browser'

type Measurement = { id: string; year: number; value: number; source: string; recordedAt: string | null; recordedBy: string | null }

const INDICATOR = 'Andel skyddad natur av kommunens landareal'

describe('where values come from, in the built app', () => {
  const session = appInBrowser()

  const measurementsOf = async (token: string, id: string): Promise<Measurement[]> => {
    const response = await fetch(`${session.app.url}/api/indicators/${id}?depth=0`, { headers: asUser(token) })
    return ((await response.json()) as { measurements: Measurement[] }).measurements
  }

  it('says under each chart of a follow-up page where its values come from and when they were last updated', async () => {
    const html = await (await fetch(`${session.app.url}/uppfoljning/kmpp-2017/2020`)).text()
    expect(html.replace(/<!-- -->/g, '')).toMatch(/Värdena är inmatade av kommunen\. Senast uppdaterade \d{1,2} \p{L}+ \d{4}\./u)
  })

  it("lists the seed's overdue indicators on a strategist's admin home, each linking to its edit page", async () => {
    const { page, app } = session
    const token = await signIn(app.url, 'strateg@example.org')
    const id = await documentId(app.url, token, 'indicators', `where[name][equals]=${encodeURIComponent(INDICATOR)}`)
    await logIn(page, 'strateg@example.org')
    await page.goto('/admin')
    const panel = page.locator('[data-dashboard-part="overdue-indicators"]')
    await expect.poll(() => panel.getByRole('heading', { name: /Indikatorer som väntar på nya värden \(\d+\)/ }).count()).toBe(1)
    const item = panel.locator('li', { has: page.getByRole('link', { name: INDICATOR, exact: true }) })
    await expect.poll(() => item.textContent()).toContain('Nästa värde väntades 2022-07-01.')
    await step(page, 'overdue-indicators')
    await item.getByRole('link').click()
    await page.waitForURL(`**/admin/collections/indicators/${id}`)
  })

  it('stamps a value edited in the indicator form as typed in by its editor, and shows the provenance read-only', async () => {
    const { page, app } = session
    const token = await signIn(app.url, 'strateg@example.org')
    const me = (await (await fetch(`${app.url}/api/users/me`, { headers: asUser(token) })).json()) as { user: { id: string } }
    const id = await documentId(app.url, token, 'indicators', `where[name][equals]=${encodeURIComponent(INDICATOR)}`)
    const [first] = await measurementsOf(token, id)
    expect(first).toMatchObject({ source: 'manual', recordedBy: null })

    await page.goto(`/admin/collections/indicators/${id}`)
    const row = (name: string) => `#field-measurements__0__${name}`
    await page.locator(row('value')).waitFor()
    // A select's wrapper carries its id; a text field's wrapper holds its input.
    await expect.poll(() => page.locator(`${row('source')}.read-only`).count(), { timeout: 15_000 }).toBe(1)
    await expect.poll(() => page.locator('.field-type.text.read-only', { has: page.locator(row('reference')) }).count()).toBe(1)
    await expect.poll(() => page.locator(row('reference')).isDisabled()).toBe(true)
    await page.locator(row('value')).fill(String(first.value + 1))
    await step(page, 'value-edited')
    await page.getByRole('button', { name: 'Spara' }).click()

    await expect.poll(async () => (await measurementsOf(token, id))[0].value, { timeout: 15_000 }).toBe(first.value + 1)
    const [edited, ...rest] = await measurementsOf(token, id)
    expect(edited).toMatchObject({ id: first.id, source: 'manual', recordedBy: me.user.id })
    expect(Date.parse(edited.recordedAt!)).toBeGreaterThan(Date.parse(first.recordedAt!))
    // The rows not edited keep what they had.
    expect(rest.every((measurement) => measurement.recordedBy === null)).toBe(true)
    await step(page, 'value-saved')
  })
})
