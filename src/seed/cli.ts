import config from '@payload-config'
import { getPayload } from 'payload'

import { seedProgramme } from './seed'
import { seedAccounts } from './users'

const payload = await getPayload({ config })
try {
  const summary = await seedProgramme(payload)
  const accounts = await seedAccounts(payload)
  console.log(
    `Seed done: ${summary.created} documents created, ${summary.existing} already there, ${accounts} accounts created.`,
  )
  process.exit(0)
} catch (error) {
  console.error(error)
  process.exit(1)
}
