/**
 * What `npm run seed` does (src/seed/cli.ts): the KMPP programme and the demonstration accounts,
 * then `more`, which the benchmark's seed (bench/seed.ts) uses to add its synthetic programmes.
 * Ends the process with 0, or 1 and the error's message.
 */
import { getPayload, type Payload } from 'payload'

import { chooseDatabase } from '../server/database'
import { reportLoaded } from '../server/loaded'
import { payloadSecret } from '../server/secret'
import { seedProgramme } from './seed'
import { seedAccounts } from './users'

async function seed(more?: (payload: Payload) => Promise<void>): Promise<void> {
  // Checked before the configuration loads: under tsx, an error thrown while it loads is swallowed.
  payloadSecret()
  chooseDatabase(process.env.DATABASE_URI)
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  reportLoaded()
  const summary = await seedProgramme(payload)
  const accounts = await seedAccounts(payload)
  console.log(`Seed done: ${summary.created} documents created, ${summary.existing} already there, ${accounts} accounts created.`)
  await more?.(payload)
}

export function runSeed(more?: (payload: Payload) => Promise<void>): void {
  seed(more).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    },
  )
}
