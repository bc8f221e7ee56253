/** `npm run seed [-- --scale N]`: the KMPP programme, the demonstration accounts and N synthetic programmes. */
import { getPayload } from 'payload'

import { chooseDatabase } from '../server/database'
import { reportLoaded } from '../server/loaded'
import { payloadSecret } from '../server/secret'
import { seedProgramme } from './seed'
import { parseScaleArgument, seedSynthetic } from './synthetic'
import { seedAccounts } from './users'

async function main(): Promise<number> {
  const { scale, error } = parseScaleArgument(process.argv.slice(2))
  if (error) {
    console.error(error)
    return 2
  }
  // Checked before the configuration loads: under tsx, an error thrown while it loads is swallowed.
  payloadSecret()
  chooseDatabase(process.env.DATABASE_URI)
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  reportLoaded()
  const summary = await seedProgramme(payload)
  const accounts = await seedAccounts(payload)
  console.log(`Seed done: ${summary.created} documents created, ${summary.existing} already there, ${accounts} accounts created.`)
  if (scale) {
    const synthetic = await seedSynthetic(payload, scale)
    console.log(`Synthetic seed done (scale ${scale}): ${synthetic.created} documents created, ${synthetic.existing} already there.`)
  }
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
