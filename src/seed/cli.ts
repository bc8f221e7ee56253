import config from '@payload-config'
import { existsSync, readFileSync } from 'node:fs'
import { getPayload } from 'payload'

import { seedProgramme } from './seed'
import { parseScaleArgument, seedSynthetic } from './synthetic'
import { seedAccounts } from './users'

/**
 * `payload run` hands the script only the positional arguments (it parses the command line with
 * minimist and drops every flag), so `npm run seed -- --scale 3` arrives without `--scale 3`. Where
 * the process's original command line can be read (Linux), take the flags from there.
 */
function commandLineArguments(): string[] {
  const args = process.argv.slice(2)
  if (args.some((arg) => arg === '--scale' || arg.startsWith('--scale='))) return args
  const cmdline = '/proc/self/cmdline'
  if (!existsSync(cmdline)) return args
  return readFileSync(cmdline, 'utf8').split('\0').filter(Boolean).slice(2)
}

const { scale, error } = parseScaleArgument(commandLineArguments())
if (error) {
  console.error(error)
  process.exit(2)
}

const payload = await getPayload({ config })
try {
  const summary = await seedProgramme(payload)
  const accounts = await seedAccounts(payload)
  console.log(
    `Seed done: ${summary.created} documents created, ${summary.existing} already there, ${accounts} accounts created.`,
  )
  if (scale) {
    const synthetic = await seedSynthetic(payload, scale)
    console.log(
      `Synthetic seed done (scale ${scale}): ${synthetic.created} documents created, ${synthetic.existing} already there.`,
    )
  }
  process.exit(0)
} catch (error) {
  console.error(error)
  process.exit(1)
}
