/**
 * The admin as a Swedish editor meets it, in Chromium against the production build: milestone goals
 * picked by code and text, Swedish dates and messages, a new item's name, the body's font, a
 * read-only follow-up without invitations to edit, and Swedish whatever the browser's language.
 * Screenshots of each step go to tests/screenshots/admin-editor/.
 */
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { appInBrowser } from './helpers/app'
import { logIn, logOut, openBrowser, step } from './helpers/browser'
import { bodyEditor, publish, startNewsItem } from './helpers/news-editor'

const COMMUNICATOR = 'kommunikator@example.org'
const STRATEGIST = 'strateg@example.org'
const GOAL_1_4 = '1.4 Utsläppen av växthusgaser från transporter har minskat jämfört med 2014.'
/** A goal's name in a picker: its code, a space and its text. */
const CODE_AND_TEXT = /^\d{1,2}\.\d{1,2} \p{Lu}/u
const SWEDISH_DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/

const breadcrumb = (page: Page) => page.locator('.step-nav__last')
const goalOptions = (page: Page) => page.locator('#field-milestoneGoals').getByRole('option')
const documentTabs = (page: Page) => page.locator('.doc-tab')

/** Types into the milestone-goal picker and resolves with the options it offers once they match. */
async function searchGoals(page: Page, search: string, matches: RegExp): Promise<string[]> {
  await page.locator('#field-milestoneGoals .rs__control').click()
  await page.keyboard.type(search)
  await expect
    .poll(
      async () => {
        const texts = await goalOptions(page).allInnerTexts()
        return texts.length > 0 && texts.every((text) => matches.test(text))
      },
      { timeout: 15_000 },
    )
    .toBe(true)
  return goalOptions(page).allInnerTexts()
}

/**
 * Watches the breadcrumb and the heading from now on; resolves with a function that gives every text
 * of theirs that named the document by `id`. The observer runs after each task that changed the
 * page, and the browser paints only between tasks, so it sees every state an editor could see.
 */
async function watchTitlesFor(page: Page, id: string): Promise<() => Promise<string[]>> {
  await page.evaluate((id) => {
    const named: string[] = []
    Object.assign(window, { titlesNamingId: named })
    const titles = () =>
      [...document.querySelectorAll('.step-nav, .doc-header__title')].flatMap((element) => [
        element.textContent ?? '',
        element.getAttribute('title') ?? '',
      ])
    new MutationObserver(() => named.push(...titles().filter((text) => text.includes(id)))).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    })
  }, id)
  return () => page.evaluate(() => (window as unknown as { titlesNamingId: string[] }).titlesNamingId)
}

async function clearGoalSearch(page: Page): Promise<void> {
  await page.keyboard.press('Escape')
  await page.locator('#field-milestoneGoals input').fill('')
}

describe('the admin as an editor meets it', () => {
  const session = appInBrowser()
  let page: Page

  beforeAll(() => {
    page = session.page
  })

  it('names a new news item "Utan rubrik" in the breadcrumb until it has a title, never by its id', async () => {
    await logIn(page, COMMUNICATOR)
    const id = await startNewsItem(page)
    await expect.poll(() => breadcrumb(page).innerText(), { timeout: 15_000 }).toBe('Utan rubrik')
    const titlesNamingId = await watchTitlesFor(page, id)
    // Autosave stores the draft, and Payload names the document again from what was stored. The
    // admin shows "Sparar..." for at least a second, until it has taken in what was stored.
    const autosave = page.locator('.autosave')
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'PATCH' && new URL(response.url()).pathname === `/api/news/${id}`),
      autosave.getByText('Sparar...').waitFor(),
      page.locator('#field-lead').fill('En ingress utan rubrik.'),
    ])
    await expect.poll(() => autosave.innerText(), { timeout: 15_000 }).toMatch(/^Senast sparad/)
    expect(await breadcrumb(page).innerText()).toBe('Utan rubrik')
    expect(await titlesNamingId()).toEqual([])
    await step(page, 'untitled-news-item')

    await page.locator('#field-title').fill('Nya laddplatser vid kommunhuset')
    await expect.poll(() => breadcrumb(page).innerText()).toBe('Nya laddplatser vid kommunhuset')
  })

  it('offers milestone goals by code and text, and finds one by a word of its text or by its code', async () => {
    await page.locator('#field-milestoneGoals .rs__control').click()
    await expect.poll(() => goalOptions(page).count(), { timeout: 15_000 }).toBeGreaterThan(1)
    for (const option of await goalOptions(page).allInnerTexts()) expect(option).toMatch(CODE_AND_TEXT)
    await page.keyboard.press('Escape')

    expect(await searchGoals(page, 'växthusgaser', /växthusgaser/i)).toContain(GOAL_1_4)
    await step(page, 'goal-found-by-text')
    await clearGoalSearch(page)
    expect(await searchGoals(page, '1.4', /1\.4/)).toContain(GOAL_1_4)
    await goalOptions(page).filter({ hasText: GOAL_1_4 }).click()
    expect(await page.locator('#field-milestoneGoals .relationship--multi-value-label__text').allInnerTexts()).toEqual([GOAL_1_4])
    await step(page, 'goal-chosen')
  })

  it("writes the body in the admin's own font, not a serif", async () => {
    await bodyEditor(page).click()
    await page.keyboard.type('Tre nya laddplatser.')
    const fontOf = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).fontFamily)
    const [body, editor] = await Promise.all([fontOf('body'), fontOf('[data-field-path="body"] [data-lexical-editor="true"]')])
    expect(editor).toBe(body)
    expect(editor).not.toMatch(/Georgia/)
  })

  it('says "Publicerades" on publishing, and dates in Swedish: 2026-12-06 19:53', async () => {
    const toasts = page.locator('.payload-toast-container')
    await Promise.all([toasts.getByText('Publicerades', { exact: true }).waitFor(), publish(page)])
    expect(await toasts.innerText()).not.toContain('Uppdaterades')
    await expect.poll(() => page.locator('#field-publishedAt input').inputValue(), { timeout: 15_000 }).toMatch(SWEDISH_DATE_TIME)
    await step(page, 'published')

    await page.goto('/admin/collections/news')
    const row = page.locator('tbody tr').filter({ hasText: 'Nya laddplatser vid kommunhuset' })
    await row.waitFor()
    await step(page, 'news-list-dates')
    // The columns "Publicerad" and "Uppdaterat".
    const datesInRow = async () =>
      (await row.locator('td').allInnerTexts()).map((cell) => cell.trim()).filter((cell) => /\d{4}|\d:\d\d/.test(cell))
    await expect.poll(datesInRow).toHaveLength(2)
    for (const date of await datesInRow()) expect(date).toMatch(SWEDISH_DATE_TIME)
  })

  it('shows a communicator a follow-up without an edit tab or the hint to save drafts, which a strategist gets', async () => {
    const hint = 'Spara som utkast och publicera när bedömningen är klar.'
    const list = await (await page.request.get('/api/follow-ups?limit=1&depth=0')).json()
    const followUp = `/admin/collections/follow-ups/${list.docs[0].id}`

    await page.goto(followUp)
    await page.locator('#field-year').waitFor()
    expect(await page.locator('#field-year').isDisabled()).toBe(true)
    expect(await documentTabs(page).count()).toBe(0)
    expect(await page.getByText(hint).count()).toBe(0)
    await page.goto('/admin/collections/follow-ups')
    await page.getByRole('heading', { name: 'Uppföljningar' }).waitFor()
    expect(await page.getByText(hint).count()).toBe(0)
    await step(page, 'follow-up-read-only')

    await logOut(page)
    await logIn(page, STRATEGIST)
    await page.goto(followUp)
    await page.locator('#field-year').waitFor()
    expect(await documentTabs(page).allInnerTexts()).toContain('Redigera')
    expect(await page.getByText(hint).count()).toBe(1)
    await step(page, 'follow-up-for-strategist')
  })

  it('is Swedish in a browser that asks for English, until the editor picks English in their account', async () => {
    const english = await openBrowser(session.app.url, { locale: 'en-US' })
    try {
      const { page } = english
      expect(await page.evaluate(() => navigator.language)).toBe('en-US')
      await page.goto('/admin/login')
      expect(await page.locator('html').getAttribute('lang')).toBe('sv')
      expect(await page.locator('label[for="field-email"]').innerText()).toMatch(/^E-post/)
      await logIn(page, COMMUNICATOR)
      await page.getByRole('heading', { name: 'Nyheter', exact: true, level: 2 }).waitFor()
      await step(page, 'english-browser-swedish-admin')

      await page.goto('/admin/account')
      await page.locator('.rs__control', { has: page.locator('#language-select') }).click()
      await page.getByRole('option', { name: 'English', exact: true }).click()
      await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 15_000 }).toBe('en')
      await page.goto('/admin')
      await page.getByRole('heading', { name: 'News', exact: true, level: 2 }).waitFor()
      await step(page, 'english-chosen')
    } finally {
      await english.close()
    }
  })
})
