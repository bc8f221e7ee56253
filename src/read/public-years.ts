import type { Payload, Where } from 'payload'

import { idOf } from '../shared/ids'
import { readContentVersion } from './content-version'

/** The years of each programme whose round is not published yet. */
export type HiddenYears = ReadonlyArray<{ programme: string; year: number }>

/** The hidden years as of a content version, per Payload instance. */
const keptHiddenYears = new WeakMap<Payload, { version: string; hidden: Promise<HiddenYears> }>()

/**
 * The years hidden now. Rounds are content, so every change to one makes a new content version:
 * the rounds are read again only when the version changed, not for every request (at hundreds of
 * programmes each with an open round, reading them took longer than the rest of a search).
 */
async function currentHiddenYears(payload: Payload): Promise<HiddenYears> {
  const version = await readContentVersion(payload)
  const kept = keptHiddenYears.get(payload)
  if (kept?.version === version) return kept.hidden
  // Read after the version, so what is kept under it is that version or a later one.
  const hidden = payload
    .find({
      collection: 'follow-up-rounds',
      where: { state: { not_equals: 'published' } },
      select: { programme: true, year: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    .then(({ docs }) => docs.map((round) => ({ programme: String(idOf(round.programme)), year: round.year })))
  keptHiddenYears.set(payload, { version, hidden })
  hidden.catch(() => {
    if (keptHiddenYears.get(payload)?.hidden === hidden) keptHiddenYears.delete(payload)
  })
  return hidden
}

/**
 * The gate of a year with a follow-up round: readers without preview see the year only once its
 * round is published; years without a round are public as before. Asked once per request, only
 * when something of a year is read outside preview, and before it. Anonymous readers may not read
 * rounds, so the gate reads them past access control and gives out only which years are hidden.
 */
export function createYearGate(payload: Payload) {
  let hidden: Promise<HiddenYears> | undefined
  const hiddenYears = (): Promise<HiddenYears> => {
    hidden ??= currentHiddenYears(payload)
    return hidden
  }
  return {
    hiddenYears,
    async isPublic(programme: string, year: number): Promise<boolean> {
      return !(await hiddenYears()).some((hiddenYear) => hiddenYear.programme === programme && hiddenYear.year === year)
    },
  }
}

export type YearGate = ReturnType<typeof createYearGate>

/**
 * Leaves out the documents of hidden years: those whose `programme` and `yearField` are a hidden
 * year. A document of another programme or year, or of none, stays. One condition per hidden year
 * with the programmes that hide it, not one per programme and year: at scale every programme has
 * its open round of the same year, and a condition per pair made each read of follow-ups and news
 * carry hundreds of them (a report at scale 290 took five times as long).
 */
export function outsideHiddenYears(hidden: HiddenYears, yearField: string): Where[] {
  const programmesByYear = new Map<number, string[]>()
  for (const { programme, year } of hidden) {
    const programmes = programmesByYear.get(year)
    if (programmes) programmes.push(programme)
    else programmesByYear.set(year, [programme])
  }
  return [...programmesByYear].map(([year, programmes]) => ({
    or: [
      { programme: { exists: false } },
      { [yearField]: { exists: false } },
      { [yearField]: { not_equals: year } },
      { programme: { not_in: programmes } },
    ],
  }))
}
