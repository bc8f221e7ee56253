/**
 * The admin's news editor as a communicator uses it: typing, uploading an image, choosing related
 * documents, publishing and scheduling. Selectors are Payload's field ids and the Swedish labels.
 */
import type { Locator, Page } from 'playwright-core'
import sharp from 'sharp'

export type ImageFile = { name: string; mimeType: string; buffer: Buffer }

/** A real PNG of one colour. */
export async function pngImage(name: string, width: number, height: number): Promise<ImageFile> {
  const buffer = await sharp({ create: { width, height, channels: 3, background: { r: 40, g: 140, b: 70 } } })
    .png()
    .toBuffer()
  return { name, mimeType: 'image/png', buffer }
}

/**
 * Opens a new news item with the list's "Skapa ny" button and resolves with its id: with autosave
 * on, the admin creates the draft at once and moves to its address.
 */
export async function startNewsItem(page: Page): Promise<string> {
  await page.goto('/admin/collections/news')
  await page.getByRole('link', { name: 'Skapa ny' }).click()
  await page.waitForURL(/\/admin\/collections\/news\/[0-9a-f-]{36}$/)
  await page.locator('#field-title').waitFor()
  return new URL(page.url()).pathname.split('/').pop()!
}

/** The Lexical editor of the body. */
export function bodyEditor(page: Page): Locator {
  return page.locator('[data-field-path="body"] [data-lexical-editor="true"]')
}

/** Types into the Lexical body: "## " is Lexical's markdown shortcut for a level-2 heading. */
export async function writeBody(page: Page, heading: string, paragraphs: string[]): Promise<void> {
  await bodyEditor(page).click()
  await page.keyboard.type(`## ${heading}`)
  for (const paragraph of paragraphs) {
    await page.keyboard.press('Enter')
    await page.keyboard.type(paragraph)
  }
}

/** Chooses a file and its alt text in the hero image's "Skapa ny" drawer; resolves with the open drawer, not saved yet. */
export async function fillHeroImageDrawer(page: Page, image: ImageFile, alt: string): Promise<Locator> {
  await page.locator('#field-heroImage').getByRole('button', { name: 'Skapa ny' }).click()
  const drawer = page.locator('dialog[open]')
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), drawer.getByRole('button', { name: 'Välj en fil' }).click()])
  await chooser.setFiles(image)
  await drawer.locator('#field-alt').fill(alt)
  return drawer
}

/** Saves the media drawer: the image is uploaded and set as the hero image. */
export async function saveDrawer(drawer: Locator): Promise<void> {
  await drawer.getByRole('button', { name: 'Spara', exact: true }).click()
  await drawer.waitFor({ state: 'detached' })
}

/** Picks an option of a relationship field (Payload's react-select) by its visible label. */
export async function chooseRelated(page: Page, field: string, optionLabel: string): Promise<void> {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.getByRole('option', { name: optionLabel, exact: true }).click()
}

/** "Status: Publicerad" or "Status: Utkast" above the form. */
export function documentStatus(page: Page): Locator {
  return page.locator('.doc-controls__meta li').filter({ hasText: 'Status:' })
}

/** Clicks "Publicera ändringar" and resolves once the server has stored the published document. */
export async function publish(page: Page): Promise<void> {
  const [response] = await Promise.all([
    page.waitForResponse(
      (response) => response.request().method() === 'PATCH' && new URL(response.url()).pathname.startsWith('/api/news/'),
    ),
    page.getByRole('button', { name: 'Publicera ändringar' }).click(),
  ])
  if (!response.ok()) throw new Error(`Publishing answered ${response.status()}: ${await response.text()}`)
  await documentStatus(page).filter({ hasText: 'Publicerad' }).waitFor()
}

/**
 * Schedules the open document's publication with "Schemalägg publicering" in the publish button's
 * menu; resolves with the drawer, still open, listing the upcoming event.
 */
export async function schedulePublish(page: Page, at: Date): Promise<Locator> {
  await page.locator('#action-save-popup button').click()
  await page.getByRole('button', { name: 'Schemalägg publicering' }).click()
  const drawer = page.locator('dialog[open]')
  // The drawer preselects "Avpublicera" for a document without unpublished changes.
  await drawer.getByRole('radio', { name: 'Publicera', exact: true }).check()
  // The picker offers five-minute steps; text it cannot read in its display format goes to `new Date()`.
  const time = drawer.locator('#time input')
  await time.fill(at.toISOString())
  await drawer.getByRole('heading', { name: 'Kommande händelser' }).click()
  await drawer.getByRole('button', { name: 'Spara', exact: true }).click()
  await page.getByText('Schemalagt').waitFor()
  return drawer
}
