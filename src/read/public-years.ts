import type { Payload, Where } from 'payload'

import { idOf } from '../shared/ids'

/** The years of each programme whose round is not published yet. */
export type HiddenYears = ReadonlyArray<{ programme: string; year: number }>

/**
 * The gate of a year with a follow-up round: readers without preview see the year only once its
 * round is published; years without a round are public as before. One read per request, made only
 * when something of a year is read outside preview, and before it. Anonymous readers may not read
 * rounds, so the gate reads them past access control and gives out only which years are hidden.
 */
export function createYearGate(payload: Payload) {
  let hidden: Promise<HiddenYears> | undefined
  const hiddenYears = (): Promise<HiddenYears> => {
    hidden ??= payload
      .find({
        collection: 'follow-up-rounds',
        where: { state: { not_equals: 'published' } },
        select: { programme: true, year: true },
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
      .then(({ docs }) => docs.map((round) => ({ programme: String(idOf(round.programme)), year: round.year })))
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
 * year. A document of another programme or year, or of none, stays.
 */
export function outsideHiddenYears(hidden: HiddenYears, yearField: string): Where[] {
  return hidden.map(({ programme, year }) => ({
    or: [
      { programme: { exists: false } },
      { [yearField]: { exists: false } },
      { programme: { not_equals: programme } },
      { [yearField]: { not_equals: year } },
    ],
  }))
}
