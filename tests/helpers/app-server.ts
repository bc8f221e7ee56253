/**
 * The built Next app as a real production server on 127.0.0.1, on a database of its own: for the
 * browser tests, the reliability suite and the benchmark.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'

import { freshDatabaseUri } from './test-database'

export const root = path.resolve(import.meta.dirname, '../..')
export const APP_PASSWORD = 'app-test-password-123'

/** Runs a command in the project and rejects when it fails, with its output in the error. */
export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`)),
    )
  })
}

/** `next build`, unless SKIP_BUILD=1 says the build in the dist dir is current. */
export async function buildApp(): Promise<void> {
  if (process.env.SKIP_BUILD === '1') return
  await runCommand('npm', ['run', 'build'], { ...process.env, NODE_ENV: 'production' })
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

export type AppOptions = {
  /** By default a new database on the adapter the tests run on (tests/helpers/test-database.ts). */
  databaseUri?: string
  port?: number
  env?: Record<string, string>
  /** Load the KMPP programme and the three accounts (password APP_PASSWORD) first. Default true. */
  seed?: boolean
}

export type AppServer = {
  url: string
  port: number
  databaseUri: string
  process: ChildProcess
  /** Everything the server printed so far. */
  output: () => string
  /** Sends a signal to the server's process group and resolves with its exit code. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>
}

export function appEnvironment(databaseUri: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URI: databaseUri,
    MEDIA_DIR: path.join(root, 'tests/.tmp/app-media'),
    IMPORT_FILES_DIR: path.join(root, 'tests/.tmp/app-import-files'),
    PAYLOAD_SECRET: 'app-test-secret-not-for-production',
    SEED_PASSWORD: APP_PASSWORD,
    ...extra,
  }
}

async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${output().slice(-4000)}`)
    // Any answer of the API's own will do: PERSISTED_QUERIES=only refuses this query with 403.
    const ok = await fetch(`${url}/graphql?query=%7B__typename%7D`).then(
      (r) => r.ok || r.status === 403,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`The server at ${url} did not answer within 60 s:\n${output().slice(-4000)}`)
}

/** Starts the production server, as `npm start` does (the build must exist), and resolves once /graphql answers. */
export async function startApp(options: AppOptions = {}): Promise<AppServer> {
  const databaseUri = options.databaseUri ?? (await freshDatabaseUri({ name: 'app', empty: true }))
  const env = appEnvironment(databaseUri, options.env)
  if (options.seed ?? true) await runCommand('npm', ['run', 'seed'], env)
  const port = options.port ?? (await freePort())
  const child = spawn(process.execPath, ['scripts/server.mjs', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  })
  let printed = ''
  child.stdout!.on('data', (chunk) => (printed += chunk))
  child.stderr!.on('data', (chunk) => (printed += chunk))
  const output = () => printed
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const stop = async (signal: NodeJS.Signals = 'SIGKILL') => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, signal)
    return exited
  }
  const url = `http://127.0.0.1:${port}`
  try {
    await waitUntilAnswering(url, child, output)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, port, databaseUri, process: child, output, stop }
}
