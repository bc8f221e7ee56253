import type { ValueSource } from '../../collections/Indicators/provenance'

/** One value an import brings: an indicator's value for a year, with an optional note. */
export type ValueEntry = { indicator: string; year: number; value: number; note?: string }

/** A measurement's value and where it came from, as stored. */
export type RecordedValue = { value: number; source: ValueSource; reference?: string | null; recordedAt?: string | null }

/** What importing entries does to an indicator's values, before any is written. */
export type ValuePlan = {
  added: ValueEntry[]
  changed: Array<ValueEntry & { before: RecordedValue }>
  unchanged: ValueEntry[]
}

const key = (indicator: string, year: number) => `${indicator}:${year}`

/**
 * Sorts entries by what they would do to the stored values (`stored`: each indicator's recorded
 * values by year). A value equal to the stored one is unchanged, whatever its source.
 */
export function planValues(entries: ValueEntry[], stored: Map<string, Map<number, RecordedValue>>): ValuePlan {
  const plan: ValuePlan = { added: [], changed: [], unchanged: [] }
  const seen = new Set<string>()
  for (const entry of entries) {
    const entryKey = key(entry.indicator, entry.year)
    if (seen.has(entryKey)) throw new Error(`${entryKey} occurs twice in one import`)
    seen.add(entryKey)
    const before = stored.get(entry.indicator)?.get(entry.year)
    if (!before) plan.added.push(entry)
    else if (before.value === entry.value) plan.unchanged.push(entry)
    else plan.changed.push({ ...entry, before })
  }
  return plan
}
