import { APIError, type PayloadRequest } from 'payload'

import { inTransaction } from '../../../collections/transaction'
import type { ConflictState } from '../../../collections/ValueConflicts'
import type { ValueConflict } from '../../payload-types'
import { idOf } from '../../shared/ids'
import type { RecordedValue } from '../plan'
import { applyValues } from '../record'
import { SOURCE_PHRASES } from './source-texts'

/** A value Kolada gives for a year that differs from a stored one not read from Kolada. */
export type ConflictingValue = {
  indicator: string
  name: string
  year: number
  stored: RecordedValue
  kolada: { value: number; url: string }
}

/** A conflict as the sync's answer lists it. */
export type ConflictSummary = {
  id: string
  indicator: string
  name: string
  year: number
  stored: { value: number; source: string }
  kolada: { value: number; url: string }
}

const titleOf = ({ name, year, stored, kolada }: ConflictingValue) =>
  `${name} ${year}: ${stored.value} (${SOURCE_PHRASES[stored.source] ?? stored.source}) eller ${kolada.value} (Kolada)`

const write = { depth: 0, overrideAccess: true } as const

export const summaryOf = (conflict: ValueConflict, name: string): ConflictSummary => ({
  id: String(conflict.id),
  indicator: idOf(conflict.indicator) as string,
  name,
  year: conflict.year,
  stored: { value: conflict.stored.value, source: conflict.stored.source },
  kolada: { value: conflict.kolada.value, url: conflict.kolada.url },
})

/**
 * Keeps the conflict open, one per indicator and year: an open one is brought up to date, a new one
 * is made unless a strategist already kept the same stored value against the same Kolada value
 * (then null: nothing to decide).
 */
export async function raiseConflict(req: PayloadRequest, conflict: ConflictingValue): Promise<ValueConflict | null> {
  const { docs } = await req.payload.find({
    ...write,
    collection: 'value-conflicts',
    where: { and: [{ indicator: { equals: conflict.indicator } }, { year: { equals: conflict.year } }] },
    pagination: false,
    req,
  })
  const data = {
    title: titleOf(conflict),
    indicator: conflict.indicator,
    year: conflict.year,
    stored: { value: conflict.stored.value, source: conflict.stored.source, reference: conflict.stored.reference ?? null },
    kolada: conflict.kolada,
  }
  const open = docs.find((doc) => doc.state === 'open')
  if (open) return req.payload.update({ ...write, collection: 'value-conflicts', id: open.id, data, req })
  const decided = docs.some(
    (doc) => doc.state === 'kept_stored' && doc.stored.value === conflict.stored.value && doc.kolada.value === conflict.kolada.value,
  )
  if (decided) return null
  return req.payload.create({ ...write, collection: 'value-conflicts', data: { ...data, state: 'open' }, req })
}

/**
 * Closes the open conflicts of the years where the stored value no longer differs from Kolada's (it was
 * changed to Kolada's by hand, or removed): nothing is left to decide, and the stored value stays.
 */
export async function closeSettledConflicts(req: PayloadRequest, indicator: string, years: number[]): Promise<void> {
  if (years.length === 0) return
  await req.payload.update({
    ...write,
    collection: 'value-conflicts',
    where: { and: [{ indicator: { equals: indicator } }, { state: { equals: 'open' } }, { year: { in: years } }] },
    data: { state: 'kept_stored', resolvedAt: new Date().toISOString() },
    req,
  })
}

export type Keep = 'stored' | 'kolada'

/**
 * A strategist's decision: keeping Kolada's value writes it as read from Kolada (kept in an import,
 * so in the indicator's history), keeping the stored one only closes the conflict. One transaction.
 */
export function resolveConflict(req: PayloadRequest, id: string, keep: Keep): Promise<ValueConflict> {
  return inTransaction(req, async () => {
    const conflict = await req.payload.findByID({ ...write, collection: 'value-conflicts', id, req })
    if (conflict.state !== 'open') throw new APIError('Konflikten är redan avgjord.', 409, null, true)
    const state: ConflictState = keep === 'kolada' ? 'kept_kolada' : 'kept_stored'
    if (keep === 'kolada') {
      const entry = { indicator: idOf(conflict.indicator) as string, year: conflict.year, value: conflict.kolada.value }
      await applyValues(req, { source: 'kolada', reference: conflict.kolada.url }, [entry])
    }
    return req.payload.update({
      ...write,
      collection: 'value-conflicts',
      id,
      data: { state, resolvedBy: req.user?.collection === 'users' ? req.user.id : null, resolvedAt: new Date().toISOString() },
      req,
    })
  })
}
