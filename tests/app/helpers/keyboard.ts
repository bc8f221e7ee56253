/** Moving through a page with the Tab key only, as a keyboard user does. */
import type { Page } from 'playwright-core'

/** What the keyboard should reach: every visible link, button, form field, disclosure and element made focusable. */
const OPERABLE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])'

export type Operable = { index: number; description: string }

/**
 * Numbers every operable element the page shows, then presses Tab until focus has gone round the
 * page once, and answers which of them focus never reached, described by their tag and text.
 */
export async function unreachedByTab(page: Page): Promise<Operable[]> {
  const operable = await page.evaluate((selector) => {
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect()
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden'
    }
    return [...document.querySelectorAll(selector)].filter(visible).map((element, index) => {
      element.setAttribute('data-keyboard-index', String(index))
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)
      return { index, description: `<${element.tagName.toLowerCase()}> ${text || element.getAttribute('aria-label') || ''}` }
    })
  }, OPERABLE)
  await page.evaluate(() => {
    ;(document.activeElement as HTMLElement | null)?.blur()
    window.scrollTo(0, 0)
  })
  const reached = new Set<number>()
  // Each element once, the page's own focusable parts (e.g. the main region's skip target) and a margin.
  for (let presses = 0; presses < operable.length + 20; presses++) {
    await page.keyboard.press('Tab')
    const index = await page.evaluate(() => document.activeElement?.getAttribute('data-keyboard-index') ?? null)
    if (index !== null) reached.add(Number(index))
    if (reached.size === operable.length) break
  }
  return operable.filter(({ index }) => !reached.has(index))
}

/**
 * Opens each disclosure that holds a table (a chart's values) from the keyboard: its summary
 * focused, Enter pressed. Answers the summaries whose table did not then show.
 */
export async function tablesNotOpenedByKeyboard(page: Page): Promise<string[]> {
  const summaries = page.locator('details:has(table) > summary')
  const failed: string[] = []
  for (let i = 0; i < (await summaries.count()); i++) {
    const summary = summaries.nth(i)
    await summary.focus()
    await page.keyboard.press('Enter')
    const table = summary.locator('xpath=..').locator('table')
    if (!(await table.isVisible())) failed.push((await summary.textContent()) ?? '')
  }
  return failed
}
