import type { PayloadRequest } from 'payload'

import { type ValueProvenance, withValueProvenance } from '../../collections/Indicators/provenance'
import { inTransaction } from '../../collections/transaction'
import type { Import, Indicator } from '../payload-types'
import { planValues, type RecordedValue, type ValueEntry, type ValuePlan } from './plan'

type Measurement = NonNullable<Indicator['measurements']>[number]

/** A stored measurement's value and provenance, as an import records it before a change. */
export function recorded(row: Pick<Measurement, 'value' | 'source' | 'reference' | 'recordedAt'>): RecordedValue {
  return { value: row.value, source: row.source ?? 'manual', reference: row.reference ?? null, recordedAt: row.recordedAt ?? null }
}

async function readIndicators(req: PayloadRequest, ids: string[]): Promise<Indicator[]> {
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'indicators',
    where: { id: { in: ids } },
    select: { measurements: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs as Indicator[]
}

/** Each indicator's recorded values by year. */
export async function readRecordedValues(req: PayloadRequest, indicatorIds: string[]): Promise<Map<string, Map<number, RecordedValue>>> {
  const indicators = await readIndicators(req, [...new Set(indicatorIds)])
  return new Map(
    indicators.map((indicator) => [String(indicator.id), new Map((indicator.measurements ?? []).map((row) => [row.year, recorded(row)]))]),
  )
}

/** What writing `entries` would do, without writing anything. */
export async function previewValues(req: PayloadRequest, entries: ValueEntry[]): Promise<ValuePlan> {
  return planValues(
    entries,
    await readRecordedValues(
      req,
      entries.map((entry) => entry.indicator),
    ),
  )
}

/**
 * The measurement rows with `entries` written: a year's row keeps its place (and its note, unless the
 * entry has one), a new year goes last. Provenance is stamped by the save (stampProvenance).
 */
export function withEntries<Row extends Pick<Measurement, 'year' | 'value'>>(rows: Row[], entries: ValueEntry[]): Row[] {
  const byYear = new Map(entries.map((entry) => [entry.year, entry]))
  const kept = rows.map((row) => {
    const entry = byYear.get(row.year)
    if (!entry) return row
    byYear.delete(row.year)
    return { ...row, value: entry.value, ...(entry.note === undefined ? {} : { note: entry.note }) }
  })
  const added = [...byYear.values()].map(({ year, value, note }) => ({ year, value, ...(note === undefined ? {} : { note }) }))
  return [...kept, ...added] as Row[]
}

/** The `imports` document of an applied plan: who, from where, the counts and every change before and after. */
export function importRecord(provenance: ValueProvenance, plan: ValuePlan, recordedBy: string | null) {
  const writes = [...plan.added, ...plan.changed]
  const { source, reference, recordedAt } = provenance
  const after = (entry: ValueEntry): RecordedValue => ({ value: entry.value, source, reference, recordedAt })
  return {
    kind: source,
    reference,
    recordedBy,
    indicators: [...new Set(writes.map((entry) => entry.indicator))],
    added: plan.added.length,
    changed: plan.changed.length,
    unchanged: plan.unchanged.length,
    changes: [
      ...plan.added.map((entry) => ({ indicator: entry.indicator, year: entry.year, before: null, after: after(entry) })),
      ...plan.changed.map((entry) => ({ indicator: entry.indicator, year: entry.year, before: entry.before, after: after(entry) })),
    ],
  }
}

export type AppliedValues = { plan: ValuePlan; import: Import | null }

/**
 * Writes the entries that add or change a value, with their provenance, and keeps the import
 * (who, from where, the counts, every change before and after) in `imports`: all in one
 * transaction, so an import is written whole or not at all. Notes go into the request's locale.
 */
export async function applyValues(
  req: PayloadRequest,
  provenance: Omit<ValueProvenance, 'recordedAt'>,
  entries: ValueEntry[],
): Promise<AppliedValues> {
  return inTransaction(req, async () => {
    const plan = await previewValues(req, entries)
    const writes = [...plan.added, ...plan.changed]
    if (writes.length === 0) return { plan, import: null }
    const recordedAt = new Date().toISOString()
    withValueProvenance(req, { ...provenance, recordedAt })
    for (const indicator of await readIndicators(
      req,
      writes.map((entry) => entry.indicator),
    )) {
      const own = writes.filter((entry) => entry.indicator === String(indicator.id))
      await req.payload.update({
        collection: 'indicators',
        id: indicator.id,
        data: { measurements: withEntries(indicator.measurements ?? [], own) },
        overrideAccess: true,
        req,
      })
    }
    const kept = await req.payload.create({
      collection: 'imports',
      data: importRecord({ ...provenance, recordedAt }, plan, req.user?.collection === 'users' ? req.user.id : null),
      overrideAccess: true,
      req,
    })
    return { plan, import: kept }
  })
}
