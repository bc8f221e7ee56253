import { createLocalReq, type Payload } from 'payload'

import { applyValues } from '../values/record'
import type { SeedImport } from './data/types'
import type { EnsureResult } from './ensure'

/**
 * Applies an import to indicators the seed has just created, through the importers' own code, so
 * the values it writes carry its provenance and the import is kept in `imports`. An import of an
 * indicator that was there already is taken as applied (its values came with the indicator), and is
 * not looked up: its result has no ID.
 */
export async function seedImport(
  payload: Payload,
  item: SeedImport,
  indicator: (key: string) => { id: string; created: boolean },
): Promise<EnsureResult> {
  const targets = item.values.map((entry) => indicator(entry.indicator))
  if (targets.some((target) => !target.created)) return { id: '', created: false }
  const req = await createLocalReq({}, payload)
  const entries = item.values.map((entry, i) => ({ indicator: targets[i].id, year: entry.year, value: entry.value }))
  const applied = await applyValues(req, { source: item.kind, reference: item.reference }, entries)
  if (!applied.import) throw new Error(`Seed import ${item.reference} changes no value.`)
  return { id: String(applied.import.id), created: true }
}
