/** `npm run seed`: the KMPP programme and the demonstration accounts. */
import { runSeed } from './run-seed'

if (process.argv.slice(2).some((arg) => arg.startsWith('--scale'))) {
  console.error('The synthetic programmes are the benchmark’s: node scripts/run-ts.mjs bench/seed.ts --scale N')
  process.exit(2)
}
runSeed()
