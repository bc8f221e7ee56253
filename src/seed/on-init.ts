import type { Payload } from 'payload'

import { fillDerivedFields } from '../../collections/derived/fill'

/**
 * `npm run dev`: development databases get their schema pushed, without migrations, so the data
 * a migration would bring up to date is brought up to date here; an empty database gets the
 * programme and the demonstration accounts.
 */
export async function prepareDevelopmentDatabase(payload: Payload): Promise<void> {
  if (process.env.NODE_ENV !== 'development' || process.env.SEED_ON_START === 'off') return
  // Only what is missing: a read per field (and one of versions), not a scan. The search texts' composition
  // (NFC), which is not missing, is its migration's alone: a development database made after it has composed text.
  const counts = await fillDerivedFields(payload, { onlyMissing: true })
  for (const [name, { documents, versions }] of Object.entries(counts)) {
    if (documents + versions) payload.logger.info(`Derived ${name} of ${documents} documents and ${versions} versions.`)
  }
  const { totalDocs } = await payload.count({ collection: 'programmes', overrideAccess: true })
  if (totalDocs > 0) return
  payload.logger.info('Empty database: seeding the KMPP programme and the development accounts…')
  // Loaded only when needed: the seed data is no part of a running server.
  const [{ seedProgramme }, { seedAccounts }] = await Promise.all([import('./seed'), import('./users')])
  const summary = await seedProgramme(payload)
  const accounts = await seedAccounts(payload)
  payload.logger.info(`Seeded ${summary.created} documents and ${accounts} accounts.`)
}
