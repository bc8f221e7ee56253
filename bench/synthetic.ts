/**
 * Synthetic programmes for the benchmark: `bench/seed.ts --scale N` adds programmes 1..N beside the
 * real one. The data is generated in synthetic/data.ts and written in synthetic/write.ts, straight
 * through the database adapter, with the same documents stored as through the Local API
 * (seedProgramme): about 710 documents a programme (with its rounds, actions and imports) in 5 s on
 * SQLite on two busy cores, where the Local API takes about 100 s.
 */
import type { Payload } from 'payload'

import { signalContentChange } from '../collections/hooks/signal-content-change'
import type { SeedSummary } from '../src/seed/seed'
import { type SyntheticData, syntheticProgramme, syntheticProgrammeSlug } from './synthetic/data'
import { inTransaction, writeSyntheticProgramme } from './synthetic/write'

export * from './synthetic/data'

export const MAX_SCALE = 1000

export const SCALE_USAGE = `Usage: node scripts/run-ts.mjs bench/seed.ts --scale N, where N is a whole number from 1 to ${MAX_SCALE}.`

/** How many documents programme data makes: what seedProgramme would create or find. */
export function documentCount(data: SyntheticData): number {
  const goals = data.programme.focusAreas.flatMap((part) => part.milestoneGoals)
  const followUps = goals.reduce((sum, goal) => sum + Object.keys(goal.followUps).length, 0)
  const { rounds, openRoundFollowUps, actions } = data.rounds
  const reported = rounds.some((round) => round.state === 'open') ? openRoundFollowUps.length : 0
  return (
    data.organisations.length +
    1 +
    data.indicators.length +
    data.imports.length +
    data.programme.focusAreas.length +
    goals.length +
    followUps +
    1 +
    data.news.length +
    rounds.length +
    reported +
    actions.length
  )
}

/**
 * Seeds synthetic programmes 1..scale beside whatever is there. Idempotent: a programme whose slug
 * exists is left as it is, so a larger scale adds only the new ones. Each programme is written in one
 * transaction where the database has them (see inTransaction), so it is there whole or not at all;
 * on a database without transactions, a run that fails half-way leaves documents that make the next
 * run fail on their unique slugs. Response caches are told once, after the last write.
 *
 * Only for synthetic data: no hooks, access checks or validation run (see synthetic/write.ts).
 */
export async function seedSynthetic(payload: Payload, scale: number, log: (line: string) => void = console.log): Promise<SeedSummary> {
  if (!Number.isInteger(scale) || scale < 0 || scale > MAX_SCALE) {
    throw new Error(`The scale is a whole number from 0 to ${MAX_SCALE}, not ${scale}.`)
  }
  const total: SeedSummary = { created: 0, existing: 0 }
  let skipped = 0
  let failure: unknown
  const began = performance.now()
  try {
    for (let n = 1; n <= scale; n++) {
      const started = performance.now()
      const data = syntheticProgramme(n)
      const { totalDocs } = await payload.count({
        collection: 'programmes',
        where: { slug: { equals: syntheticProgrammeSlug(n) } },
        overrideAccess: true,
      })
      if (totalDocs > 0) {
        total.existing += documentCount(data)
        skipped++
        continue
      }
      const created = await inTransaction(payload, (req) => writeSyntheticProgramme(payload, data, req))
      total.created += created
      const seconds = (performance.now() - started) / 1000
      log(`Synthetic programme ${n}/${scale}: ${created} documents created (${seconds.toFixed(2)} s).`)
    }
  } catch (error) {
    failure = error
  }
  // Also when a later programme failed: the ones before it are there.
  if (total.created > 0) {
    await signalContentChange(payload).catch((error: unknown) => {
      failure ??= error
    })
  }
  if (failure !== undefined) throw failure
  if (scale > 0) {
    const seconds = ((performance.now() - began) / 1000).toFixed(1)
    log(`Synthetic programmes done in ${seconds} s: ${scale - skipped} created, ${skipped} already there.`)
  }
  return total
}

export type ScaleArgument = { scale?: number; error?: string }

/**
 * Reads `--scale N` or `--scale=N` from command-line arguments: N is a whole number from 1 to
 * MAX_SCALE. No flag gives `{}`; anything else wrong gives an error message.
 */
export function parseScaleArgument(args: readonly string[]): ScaleArgument {
  const values: Array<string | undefined> = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--scale') {
      const next = args[i + 1]
      values.push(next === undefined || next.startsWith('--') ? undefined : next)
      if (next !== undefined && !next.startsWith('--')) i++
    } else if (arg.startsWith('--scale=')) {
      values.push(arg.slice('--scale='.length))
    }
  }
  if (values.length === 0) return {}
  if (values.length > 1) return { error: `--scale is given ${values.length} times. ${SCALE_USAGE}` }
  const value = values[0]
  if (value === undefined || value === '') return { error: `--scale needs a number. ${SCALE_USAGE}` }
  if (!/^\d+$/.test(value)) return { error: `--scale ${value} is not a whole number. ${SCALE_USAGE}` }
  const scale = Number(value)
  if (scale < 1 || scale > MAX_SCALE) return { error: `--scale ${value} is out of range. ${SCALE_USAGE}` }
  return { scale }
}
