/**
 * `node scripts/run-ts.mjs bench/seed.ts --scale N`: what `npm run seed` loads, and synthetic
 * programmes 1..N beside it (bench/synthetic.ts), for the benchmark.
 */
import { runSeed } from '../src/seed/run-seed'
import { parseScaleArgument, SCALE_USAGE, seedSynthetic } from './synthetic'

const { scale, error } = parseScaleArgument(process.argv.slice(2))
if (error || !scale) {
  console.error(error ?? SCALE_USAGE)
  process.exit(2)
}
runSeed(async (payload) => {
  const synthetic = await seedSynthetic(payload, scale)
  console.log(`Synthetic seed done (scale ${scale}): ${synthetic.created} documents created, ${synthetic.existing} already there.`)
})
