import { APIError, type PayloadRequest } from 'payload'

import { withRestoredProvenance } from '../../collections/Indicators/provenance'
import { inTransaction } from '../../collections/transaction'
import type { Import, Indicator } from '../payload-types'
import type { RecordedValue } from './plan'

type Measurement = NonNullable<Indicator['measurements']>[number]
type Change = Import['changes'][number]

const sameInstant = (a?: string | null, b?: string | null) => (a && b ? Date.parse(a) === Date.parse(b) : !a && !b)

/** Whether the stored row is still exactly what the import wrote: value and provenance. */
const untouched = (row: Measurement | undefined, after: RecordedValue) =>
  row !== undefined &&
  row.value === after.value &&
  (row.source ?? 'manual') === after.source &&
  (row.reference ?? null) === (after.reference ?? null) &&
  sameInstant(row.recordedAt, after.recordedAt)

function restored(rows: Measurement[], changes: Change[]): Measurement[] {
  const byYear = new Map(changes.map((change) => [change.year, change]))
  return rows.flatMap((row) => {
    const change = byYear.get(row.year)
    if (!change) return [row]
    if (!change.before) return []
    const { value, source, reference, recordedAt } = change.before
    return [{ ...row, value, source, reference: reference ?? null, recordedAt: recordedAt ?? null }]
  })
}

/**
 * Undoes an applied import in one transaction: each value it added is removed and each value it
 * changed gets back its value and provenance from before. Refused with 409, writing nothing, when
 * the import is undone already or a later change has touched any of its values.
 */
export async function undoImport(req: PayloadRequest, id: string): Promise<Import> {
  return inTransaction(req, async () => {
    const kept = await req.payload.findByID({ collection: 'imports', id, depth: 0, overrideAccess: true, req }).catch(() => null)
    if (!kept) throw new APIError('Importen finns inte.', 404, null, true)
    if (kept.undoneAt) throw new APIError('Importen är redan ångrad.', 409, null, true)
    const indicatorIds = [...new Set(kept.changes.map((change) => change.indicator))]
    const { docs } = await req.payload.find({
      collection: 'indicators',
      where: { id: { in: indicatorIds } },
      select: { name: true, measurements: true },
      locale: 'sv',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const indicators = new Map(docs.map((doc) => [String(doc.id), doc as Indicator]))
    const touched = kept.changes.filter((change) => {
      const row = indicators.get(change.indicator)?.measurements?.find((measurement) => measurement.year === change.year)
      return !untouched(row, change.after)
    })
    if (touched.length > 0) {
      const named = touched.map((change) => `${indicators.get(change.indicator)?.name ?? 'en borttagen indikator'} ${change.year}`)
      throw new APIError(
        `Importen kan inte ångras: ${named.join(', ')} har ändrats efter importen. Ändra värdena för hand i stället.`,
        409,
        null,
        true,
      )
    }
    withRestoredProvenance(req)
    for (const [indicatorId, indicator] of indicators) {
      const changes = kept.changes.filter((change) => change.indicator === indicatorId)
      await req.payload.update({
        collection: 'indicators',
        id: indicatorId,
        data: { measurements: restored(indicator.measurements ?? [], changes) },
        overrideAccess: true,
        req,
      })
    }
    return req.payload.update({
      collection: 'imports',
      id,
      data: { undoneAt: new Date().toISOString(), undoneBy: req.user?.collection === 'users' ? req.user.id : null },
      depth: 0,
      overrideAccess: true,
      req,
    })
  })
}
