import { isValidYear, MAX_YEAR, MIN_YEAR } from '../collections/fields/year'
import { badUserInput } from './errors'

export function assertYear(year: number, argument = 'year'): number {
  if (!isValidYear(year)) throw badUserInput(`${argument} must be a whole year from ${MIN_YEAR} to ${MAX_YEAR}; got ${year}.`)
  return year
}

/** GraphQL enum values are the stored values in upper case: on_track <-> ON_TRACK. */
export const toEnum = <V extends string>(value: V) => value.toUpperCase() as Uppercase<V>
