import type { PayloadRequest } from 'payload'

import { inTransaction } from '../../../collections/transaction'
import type { ValueEntry } from '../plan'
import { applyValues, readRecordedValues } from '../record'
import { type KoladaClientOptions, type KoladaSeries, readKoladaSeries } from './client'
import { type ConflictingValue, type ConflictSummary, closeSettledConflicts, raiseConflict, summaryOf } from './conflicts'
import { type KoladaTarget, koladaTargets } from './targets'

export type SyncError = { indicator: string; kpi: string | null; message: string }

/** What a sync did: the answer of POST /api/indicators/kolada-sync and the weekly job's log. */
export type KoladaSyncResult = {
  added: number
  changed: number
  unchanged: number
  /** The conflicts open for the values read: each a stored value Kolada differs from. */
  conflicts: ConflictSummary[]
  /** Each indicator that could not be read, and why; nothing of it was written. */
  errors: SyncError[]
  /** How many indicators were read from Kolada. */
  read: number
}

type Read = { target: KoladaTarget; series: KoladaSeries }

async function readAll(targets: KoladaTarget[], client: KoladaClientOptions): Promise<{ reads: Read[]; errors: SyncError[] }> {
  const reads: Read[] = []
  const errors: SyncError[] = []
  // One KPI after the other: Kolada answers a burst with 429.
  for (const target of targets) {
    try {
      reads.push({ target, series: await readKoladaSeries(target.kpi, target.municipality, client) })
    } catch (error) {
      errors.push({ indicator: target.indicator, kpi: target.kpi, message: error instanceof Error ? error.message : String(error) })
    }
  }
  return { reads, errors }
}

/**
 * Reads every linked indicator (or the one given) from Kolada, then in one transaction writes what
 * it adds, and the revisions of values first read from Kolada, as an import per indicator whose
 * reference is the address read; a value that differs from one typed in or read from a spreadsheet
 * is written as a conflict instead (src/values/kolada/conflicts.ts).
 */
export async function syncKolada(
  req: PayloadRequest,
  options: { indicator?: string; client?: KoladaClientOptions } = {},
): Promise<KoladaSyncResult> {
  const { targets, problems } = await koladaTargets(req, options.indicator)
  const { reads, errors } = await readAll(targets, options.client ?? {})
  const result: KoladaSyncResult = {
    added: 0,
    changed: 0,
    unchanged: 0,
    conflicts: [],
    errors: [...problems, ...errors],
    read: reads.length,
  }
  if (reads.length === 0) return result
  return inTransaction(req, async () => {
    const stored = await readRecordedValues(
      req,
      reads.map(({ target }) => target.indicator),
    )
    for (const { target, series } of reads) {
      const entries: ValueEntry[] = []
      for (const { year, value } of series.values) {
        const before = stored.get(target.indicator)?.get(year)
        if (!before || before.value === value || before.source === 'kolada') {
          entries.push({ indicator: target.indicator, year, value })
          continue
        }
        const conflict: ConflictingValue = { ...target, year, stored: before, kolada: { value, url: series.url } }
        const kept = await raiseConflict(req, conflict)
        if (kept) result.conflicts.push(summaryOf(kept, target.name))
      }
      await closeSettledConflicts(
        req,
        target.indicator,
        entries.map((entry) => entry.year),
      )
      const { plan } = await applyValues(req, { source: 'kolada', reference: series.url }, entries)
      result.added += plan.added.length
      result.changed += plan.changed.length
      result.unchanged += plan.unchanged.length
    }
    return result
  })
}
