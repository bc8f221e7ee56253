/**
 * Debian's Chromium, driven by playwright-core, for the browser tests: a fresh profile each time,
 * the Swedish locale unless told otherwise, a full-page screenshot per step, and signing in to the admin.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { expect } from 'vitest'

import { APP_PASSWORD, root } from '../../helpers/app-server'

/** Debian's Chromium without a display, sandbox, GPU or calls home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
]

export type BrowserSession = {
  context: BrowserContext
  page: Page
  close: () => Promise<void>
}

/**
 * A browser with a profile of its own whose relative URLs (page.goto, page.request) go to `baseURL`;
 * `locale` sets its language and the Accept-Language it sends.
 */
export async function openBrowser(baseURL: string, { locale = 'sv-SE' } = {}): Promise<BrowserSession> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'kmpp-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    locale,
    baseURL,
    viewport: { width: 1280, height: 900 },
  })
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    context,
    page,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

const stepsTaken = new Map<string, number>()

/**
 * Saves a full-page screenshot as tests/screenshots/<test file>/<NN>-<name>.png; the first step
 * of a run empties the folder, so it holds one run's steps only. Call it inside a test.
 */
export async function step(page: Page, name: string): Promise<string> {
  const testFile = path.basename(expect.getState().testPath ?? 'unknown', '.test.ts')
  const folder = path.join(root, 'tests/screenshots', testFile)
  const number = (stepsTaken.get(folder) ?? 0) + 1
  if (number === 1) rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  stepsTaken.set(folder, number)
  const file = path.join(folder, `${String(number).padStart(2, '0')}-${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/** Signs in through the admin's login form and waits for the admin to open. */
export async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(APP_PASSWORD)
  await page.getByRole('button', { name: 'Logga in' }).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'))
}

/** Ends the session by dropping its cookie, so that another account can sign in. */
export async function logOut(page: Page): Promise<void> {
  await page.context().clearCookies()
}
