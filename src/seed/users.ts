import type { Payload } from 'payload'

import type { Role } from '../../collections/roles'
import { ensure } from './ensure'

export const DEFAULT_SEED_PASSWORD = 'kmpp-dev-password'

/** The organisation (slug) the seeded reporter reports for: responsible for many goals, and for actions in the seed. */
export const REPORTER_ORGANISATION = 'samhallsbyggnadsforvaltningen'

export type SeedAccount = { email: string; name: string; role: Role; organisation?: string }

export const SEED_ACCOUNTS: SeedAccount[] = [
  { email: 'admin@example.org', name: 'Administratör', role: 'admin' },
  { email: 'strateg@example.org', name: 'Klimatstrateg', role: 'strategist' },
  { email: 'kommunikator@example.org', name: 'Kommunikatör', role: 'communicator' },
  { email: 'rapportor@example.org', name: 'Rapportör', role: 'reporter', organisation: REPORTER_ORGANISATION },
]

/**
 * The demonstration accounts, after the programme (a reporter's organisation must exist). Production
 * gets them only when SEED_PASSWORD is set, so no deployment ever has accounts with the published
 * default password.
 */
export async function seedAccounts(payload: Payload, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const password = env.SEED_PASSWORD || (env.NODE_ENV === 'production' ? undefined : DEFAULT_SEED_PASSWORD)
  if (!password) return 0
  let created = 0
  for (const { organisation, ...account } of SEED_ACCOUNTS) {
    const data = { ...account, password, ...(organisation ? { organisation: await organisationId(payload, organisation) } : {}) }
    const result = await ensure(payload, 'users', { email: { equals: account.email } }, data)
    if (result.created) created++
  }
  return created
}

async function organisationId(payload: Payload, slug: string): Promise<string> {
  const { docs } = await payload.find({
    collection: 'organisations',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (!docs[0]) throw new Error(`The seeded reporter's organisation ${slug} is missing: seed the programme first.`)
  return String(docs[0].id)
}
