import type { CollectionBeforeChangeHook } from 'payload'

import { dayOf, nextValueDueAfter } from '../../src/figures/overdue'

type Row = { year?: number | null }

const latestYear = (rows: unknown): number | undefined => {
  const years = (Array.isArray(rows) ? (rows as Row[]) : []).map((row) => row.year).filter((year) => typeof year === 'number')
  return years.length ? Math.max(...years) : undefined
}

const dayOrNone = (date: unknown) => (typeof date === 'string' && date ? dayOf(date) : null)

/**
 * A save that brings a value for a later year than any stored moves `nextValueDue` on to when the
 * value after it is due (src/figures/overdue.ts), typed or imported alike, unless the same save
 * sets another due date itself.
 */
export const advanceNextValueDue: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (!Array.isArray(data.measurements)) return data
  const latest = latestYear(data.measurements)
  const before = latestYear(originalDoc?.measurements)
  if (latest === undefined || (before !== undefined && latest <= before)) return data
  const setInThisSave = 'nextValueDue' in data && dayOrNone(data.nextValueDue) !== dayOrNone(originalDoc?.nextValueDue)
  if (setInThisSave && data.nextValueDue) return data
  return { ...data, nextValueDue: nextValueDueAfter(latest) }
}
