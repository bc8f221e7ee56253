#!/usr/bin/env node
/**
 * Runs a TypeScript entry point with tsx. On this Node, loading @payloadcms/richtext-lexical
 * sometimes ends the process while its modules load (payloadcms/payload#9378): with exit code 0,
 * which would look like success, or 13 (an unsettled top-level await). The script says 'loaded'
 * over IPC once Payload is up, and a run that ends that way without saying so is started again.
 *
 * `payload run` (Payload 3.90.2) does not avoid it: a script that awaits getPayload at top level
 * and then logs a line ended before Payload was up in 2 of 6 runs under `payload run`
 * (exit code 0, so only the missing line shows it), as in 2 of 6 under `node --import tsx` (13).
 * This can go when, after an upgrade of Payload, Node or tsx, 20 such runs in a row all print the
 * line; then run the seed with `payload run` (which exits once the script's module has been
 * evaluated, so src/seed/cli.ts must await its work at top level) and drop src/server/loaded.ts.
 */
import { spawn } from 'node:child_process'

const [script, ...args] = process.argv.slice(2)
const ATTEMPTS = 5

for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] })
  let loaded = false
  child.on('message', (message) => {
    if (message === 'loaded') loaded = true
  })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  const code = await new Promise((resolve) => child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0))))
  if (loaded || (code !== 0 && code !== 13)) process.exit(code)
  console.error(`${script} ended while loading its modules; starting it again (${attempt}/${ATTEMPTS}).`)
}
process.exit(1)
