import { rmSync } from 'node:fs'
import path from 'node:path'

/** Each run starts without the databases and uploads of the last one. */
export default function cleanDatabases(): void {
  rmSync(path.resolve('tests/.tmp'), { recursive: true, force: true })
}
