import { readdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'

import { dropTestDatabases, prepareTestRun } from '../helpers/test-database'

const STALE_AFTER_MS = 60 * 60 * 1000

/**
 * Each run starts without the databases and uploads of earlier runs, but leaves what changed in
 * the last hour: another run (a second test config, a benchmark) may be using it right now. The
 * databases a run makes on a database server are dropped when it ends.
 */
export default async function cleanDatabases(): Promise<() => Promise<void>> {
  removeStaleFiles(path.resolve('tests/.tmp'))
  await prepareTestRun()
  return dropTestDatabases
}

function removeStaleFiles(dir: string): void {
  let entries: string[]
  try {
    entries = readdirSync(dir)
  } catch {
    return
  }
  for (const entry of entries) {
    const file = path.join(dir, entry)
    const stats = statSync(file, { throwIfNoEntry: false })
    if (stats && Date.now() - stats.mtimeMs > STALE_AFTER_MS) rmSync(file, { recursive: true, force: true })
  }
}
