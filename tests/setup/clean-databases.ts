import { readdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'

const STALE_AFTER_MS = 60 * 60 * 1000

/**
 * Each run starts without the databases and uploads of earlier runs, but leaves what changed in
 * the last hour: another run (a second test config, a benchmark) may be using it right now.
 */
export default function cleanDatabases(): void {
  const dir = path.resolve('tests/.tmp')
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
