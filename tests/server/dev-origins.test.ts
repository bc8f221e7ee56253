/**
 * `npm run dev` opened at 127.0.0.1 instead of localhost: Next refuses its HMR socket to an origin
 * allowedDevOrigins does not name, and the admin reloads forever on a blank page.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { request } from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { allowedDevOrigins } from '../../next.config.mjs'
import { freePort, root } from '../helpers/app-server'

// Its own dist dir, so that it runs beside a developer's `npm run dev`; tsconfig.json names its
// types already, or Next would rewrite tsconfig.json to add them.
const DIST_DIR = '.next-dev-origins-test'

let dev: ChildProcess | undefined
let port: number

/** Whether the dev server upgrades its HMR socket for a page opened at `origin`. */
function hmrSocketAccepted(origin: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const upgrade = request({
      host: 'localhost',
      port,
      path: '/_next/hmr',
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        origin,
        'sec-websocket-version': '13',
        'sec-websocket-key': randomBytes(16).toString('base64'),
      },
    })
    upgrade.on('upgrade', (response, socket) => {
      socket.destroy()
      resolve(response.statusCode === 101)
    })
    upgrade.on('response', (response) => {
      response.resume()
      resolve(false)
    })
    // A refused socket is answered with bare text, which is no HTTP response.
    upgrade.on('error', (error: NodeJS.ErrnoException) => (error.code === 'HPE_INVALID_CONSTANT' ? resolve(false) : reject(error)))
    upgrade.end()
  })
}

beforeAll(async () => {
  port = await freePort()
  // As `npm run dev` names no host, the server allows only the one it was started on: localhost here.
  dev = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'dev', '-p', String(port), '-H', 'localhost'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'development', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: DIST_DIR, SEED_ON_START: 'off' },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  })
  await new Promise<void>((resolve, reject) => {
    let output = ''
    const read = (chunk: Buffer) => {
      output += chunk
      if (/Ready in/.test(output)) resolve()
    }
    dev!.stdout!.on('data', read)
    dev!.stderr!.on('data', read)
    dev!.on('exit', (code) => reject(new Error(`next dev exited with ${code}:\n${output}`)))
  })
}, 120_000)
afterAll(async () => {
  if (dev?.pid && dev.exitCode === null) {
    const exited = new Promise((resolve) => dev!.once('exit', resolve))
    process.kill(-dev.pid, 'SIGKILL')
    await exited
  }
  rmSync(path.join(root, DIST_DIR), { recursive: true, force: true })
})

describe('the dev server', () => {
  it('accepts its HMR socket from the page opened at localhost, 127.0.0.1 or [::1]', async () => {
    for (const origin of [`http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://[::1]:${port}`]) {
      expect([origin, await hmrSocketAccepted(origin)]).toEqual([origin, true])
    }
  }, 60_000)

  it('still refuses it to another site', async () => {
    expect(await hmrSocketAccepted('https://example.org')).toBe(false)
  }, 60_000)
})

describe('allowedDevOrigins', () => {
  it('adds the hosts ALLOWED_DEV_ORIGINS lists, comma-separated', () => {
    expect(allowedDevOrigins({ ALLOWED_DEV_ORIGINS: ' 192.168.1.20, *.example.test ,' })).toEqual([
      'localhost',
      '127.0.0.1',
      '[::1]',
      '192.168.1.20',
      '*.example.test',
    ])
  })
})
