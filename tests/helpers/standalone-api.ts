import { spawn } from 'node:child_process'

import { freePort, root } from './app-server'

/**
 * The follow-up API (graphql/standalone.ts) in a process of its own, on the test file's database:
 * its reads run beside this process's writes, as another server's would, and not between them
 * on one event loop (the SQLite driver is synchronous, so a write in this process holds the loop).
 */
export async function startStandaloneApi(env: Record<string, string> = {}) {
  const port = await freePort()
  const child = spawn(process.execPath, ['scripts/run-ts.mjs', 'graphql/standalone.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', JOBS_AUTORUN: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL')
    await exited
  }
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk
      const listening = /GraphQL API at (\S+)/.exec(output)
      if (listening) resolve(listening[1])
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    child.once('exit', (code) => reject(new Error(`The API exited with ${code}:\n${output.slice(-4000)}`)))
  }).catch(async (error) => {
    await stop()
    throw error
  })
  return { url, stop }
}
