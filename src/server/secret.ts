import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const DEV_SECRET_FILE = path.resolve('data', '.dev-payload-secret')

/**
 * PAYLOAD_SECRET signs logins. Production refuses to start without it. Development generates one
 * and keeps it in data/ so that logins survive a restart of `npm run dev`, and warns about it.
 */
export function payloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.PAYLOAD_SECRET?.trim()
  if (secret) return secret
  // `next build` loads the config to collect routes but serves nothing, so it signs nothing.
  if (env.NEXT_PHASE === 'phase-production-build') return 'unused-during-next-build'
  if (env.NODE_ENV === 'production') {
    throw new Error('PAYLOAD_SECRET is not set. Production needs a long random secret in PAYLOAD_SECRET, e.g. from `openssl rand -hex 32`.')
  }
  console.warn(`PAYLOAD_SECRET is not set: using a generated development secret (${DEV_SECRET_FILE}).`)
  return readOrCreateDevSecret()
}

function readOrCreateDevSecret(): string {
  try {
    return readFileSync(DEV_SECRET_FILE, 'utf8').trim()
  } catch {
    const secret = randomBytes(32).toString('hex')
    mkdirSync(path.dirname(DEV_SECRET_FILE), { recursive: true })
    writeFileSync(DEV_SECRET_FILE, secret, { mode: 0o600 })
    return secret
  }
}
