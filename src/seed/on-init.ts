import type { Payload } from 'payload'

import { fillMissingRenderings } from '../../collections/fields/rendered-rich-text'
import { fillMissingSeries } from '../../collections/Indicators/series'
import { fillMissingLabels } from '../../collections/MilestoneGoals/label'
import { fillMissingNewsProgrammes } from '../../collections/News/programme'
import { normaliseSearchTexts } from '../../collections/News/search-text'

/**
 * `npm run dev`: development databases get their schema pushed, without migrations, so the data
 * a migration would bring up to date is brought up to date here; an empty database gets the
 * programme and the demonstration accounts.
 */
export async function prepareDevelopmentDatabase(payload: Payload): Promise<void> {
  if (process.env.NODE_ENV !== 'development' || process.env.SEED_ON_START === 'off') return
  const filled = await fillMissingSeries(payload)
  if (filled) payload.logger.info(`Filled the series read model of ${filled} indicators.`)
  const news = await fillMissingNewsProgrammes(payload)
  if (news) payload.logger.info(`Gave ${news} news items the programme of their links.`)
  const composed = await normaliseSearchTexts(payload)
  if (composed) payload.logger.info(`Composed (NFC) the search text of ${composed} news items.`)
  const rendered = await fillMissingRenderings(payload, 'follow-ups', 'commentary')
  if (rendered) payload.logger.info(`Rendered the commentary of ${rendered} follow-ups.`)
  const labelled = await fillMissingLabels(payload)
  if (labelled) payload.logger.info(`Labelled ${labelled} milestone goals with their code and text.`)
  const { totalDocs } = await payload.count({ collection: 'programmes', overrideAccess: true })
  if (totalDocs > 0) return
  payload.logger.info('Empty database: seeding the KMPP programme and the development accounts…')
  // Loaded only when needed: the seed data is no part of a running server.
  const [{ seedProgramme }, { seedAccounts }] = await Promise.all([import('./seed'), import('./users')])
  const summary = await seedProgramme(payload)
  const accounts = await seedAccounts(payload)
  payload.logger.info(`Seeded ${summary.created} documents and ${accounts} accounts.`)
}
