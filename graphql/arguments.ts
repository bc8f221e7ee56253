import { isValidYear, MAX_YEAR, MIN_YEAR } from '../collections/fields/year'
import type { Locale } from '../src/read/models'
import { badUserInput } from './errors'

export function assertYear(year: number, argument = 'year'): number {
  if (!isValidYear(year)) throw badUserInput(`${argument} must be a whole year from ${MIN_YEAR} to ${MAX_YEAR}; got ${year}.`)
  return year
}

/** The language asked for; Swedish when none is (the argument's default) or when a client sends null. */
export const localeFromArgument = (locale: Locale | null | undefined): Locale => locale ?? 'sv'
