import type { Validate } from 'payload'

type Update = { year?: number | null }

/** An action says what was done in a year once: a second update for the same year is refused. */
export const validateOneUpdatePerYear: Validate<unknown[] | null | undefined> = (value) => {
  const years = ((value ?? []) as Update[]).map((update) => update.year).filter((year): year is number => typeof year === 'number')
  const twice = years.find((year, index) => years.indexOf(year) !== index)
  return twice === undefined ? true : `Åtgärden har redan en rapport för ${twice}. Skriv allt om året i den.`
}

export const validateEndYear: Validate<number | null | undefined, { startYear?: number | null }> = (value, { siblingData }) => {
  const start = siblingData?.startYear
  if (typeof value !== 'number' || typeof start !== 'number') return true
  return value >= start ? true : `Slutåret kan inte vara före startåret (${start}).`
}
