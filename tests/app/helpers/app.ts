/**
 * The built app and a browser on it for a test file. The app gets a database and media folder of
 * its own under the system's temporary directory, removed when it stops: any vitest run empties
 * tests/.tmp when it starts, and with test runs side by side that would pull the database away
 * from under a browser test.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

import { type AppServer, startApp } from '../../helpers/app-server'
import { freshDatabaseUri } from '../../helpers/test-database'
import { type BrowserSession, openBrowser } from './browser'

/** `env` is read when the app starts, so a test may fill it in an earlier beforeAll. */
export async function startAppInTemporaryFolder(env: Record<string, string> = {}): Promise<AppServer> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kmpp-browser-'))
  const removeFolder = () => rmSync(folder, { recursive: true, force: true })
  try {
    const app = await startApp({
      databaseUri: await freshDatabaseUri({ name: 'app', folder, empty: true }),
      env: { ...env, MEDIA_DIR: path.join(folder, 'media'), IMPORT_FILES_DIR: path.join(folder, 'import-files') },
    })
    return {
      ...app,
      stop: async (signal) => {
        const code = await app.stop(signal)
        removeFolder()
        return code
      },
    }
  } catch (error) {
    removeFolder()
    throw error
  }
}

export type AppInBrowser = { app: AppServer; browser: BrowserSession; page: Page }

/** Starts the app and a browser before the file's tests and stops both after them; filled in by beforeAll. */
export function appInBrowser(env: Record<string, string> = {}): AppInBrowser {
  const session = {} as AppInBrowser
  beforeAll(async () => {
    session.app = await startAppInTemporaryFolder(env)
    session.browser = await openBrowser(session.app.url)
    session.page = session.browser.page
  })
  afterAll(async () => {
    await session.browser?.close()
    await session.app?.stop()
  })
  return session
}
