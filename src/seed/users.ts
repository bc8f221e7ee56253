import type { Payload } from 'payload'

import type { Role } from '../../collections/roles'
import { ensure } from './ensure'

export const DEFAULT_SEED_PASSWORD = 'kmpp-dev-password'

export const SEED_ACCOUNTS: Array<{ email: string; name: string; role: Role }> = [
  { email: 'admin@example.org', name: 'Administratör', role: 'admin' },
  { email: 'strateg@example.org', name: 'Klimatstrateg', role: 'strategist' },
  { email: 'kommunikator@example.org', name: 'Kommunikatör', role: 'communicator' },
]

/**
 * The three demonstration accounts. Production gets them only when SEED_PASSWORD is set, so no
 * deployment ever has accounts with the published default password.
 */
export async function seedAccounts(payload: Payload, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const password = env.SEED_PASSWORD || (env.NODE_ENV === 'production' ? undefined : DEFAULT_SEED_PASSWORD)
  if (!password) return 0
  let created = 0
  for (const account of SEED_ACCOUNTS) {
    const result = await ensure(payload, 'users', { email: { equals: account.email } }, { ...account, password })
    if (result.created) created++
  }
  return created
}
