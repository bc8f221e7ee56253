import type { CollectionBeforeChangeHook, Field, PayloadRequest } from 'payload'

import { label } from '../fields/label'

export const VALUE_SOURCES = ['manual', 'spreadsheet', 'kolada'] as const
export type ValueSource = (typeof VALUE_SOURCES)[number]

/** Where values written in one save come from; set by the importers (src/values), never by a client. */
export type ValueProvenance = { source: Exclude<ValueSource, 'manual'>; reference: string; recordedAt: string }

const PROVENANCE_CONTEXT = 'valueProvenance'

/** Marks the request's saves of indicators as values read from `provenance` rather than typed. */
export function withValueProvenance(req: PayloadRequest, provenance: ValueProvenance): void {
  req.context[PROVENANCE_CONTEXT] = provenance
}

const RESTORE_CONTEXT = 'restoreValueProvenance'

/**
 * Marks the request's saves of indicators as restoring earlier values (undoing an import): a row
 * whose value changes keeps the provenance it is sent with, the one it had before the import.
 */
export function withRestoredProvenance(req: PayloadRequest): void {
  req.context[RESTORE_CONTEXT] = true
}

/** The sources as a select field's options. */
export const VALUE_SOURCE_OPTIONS: Array<{ value: ValueSource; label: Record<'sv' | 'en', string> }> = [
  { value: 'manual', label: label('Inmatat för hand', 'Typed in') },
  { value: 'spreadsheet', label: label('Kalkylblad', 'Spreadsheet') },
  { value: 'kolada', label: label('Kolada', 'Kolada') },
]

const readOnly = { readOnly: true }

/** Where a measurement came from, when and by whom: kept by `stampProvenance`, never typed. */
export const provenanceFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'source',
        type: 'select',
        label: label('Källa', 'Source'),
        enumName: 'enum_measurement_source',
        defaultValue: 'manual',
        options: VALUE_SOURCE_OPTIONS,
        admin: readOnly,
      },
      { name: 'reference', type: 'text', label: label('Hämtat från', 'Read from'), admin: readOnly },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'recordedAt',
        type: 'date',
        label: label('Registrerat', 'Recorded'),
        admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } },
      },
      { name: 'recordedBy', type: 'relationship', relationTo: 'users', label: label('Registrerat av', 'Recorded by'), admin: readOnly },
    ],
  },
]

type MeasurementRow = {
  id?: string | null
  year?: number | null
  value?: number | null
  source?: ValueSource | null
  reference?: string | null
  recordedAt?: string | null
  recordedBy?: unknown
}

/**
 * Each measurement whose value or year this save changes (or adds) gets its provenance: the
 * importer's when the request carries one (withValueProvenance), otherwise typed in by the user.
 * Every other row keeps the provenance it had, whatever the client sent.
 */
export const stampProvenance: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!Array.isArray(data.measurements)) return data
  const before = new Map<string, MeasurementRow>(
    ((originalDoc?.measurements ?? []) as MeasurementRow[]).filter((row) => row.id).map((row) => [String(row.id), row]),
  )
  const provenance = req.context[PROVENANCE_CONTEXT] as ValueProvenance | undefined
  const restoring = req.context[RESTORE_CONTEXT] === true
  const now = new Date().toISOString()
  data.measurements = (data.measurements as MeasurementRow[]).map((row) => {
    const earlier = row.id ? before.get(String(row.id)) : undefined
    if (earlier && earlier.year === row.year && earlier.value === row.value) {
      const { source, reference, recordedAt, recordedBy } = earlier
      const recorder = recordedBy && typeof recordedBy === 'object' ? (recordedBy as { id: unknown }).id : recordedBy
      return { ...row, source: source ?? 'manual', reference, recordedAt, recordedBy: recorder }
    }
    if (restoring && row.source) return { ...row, reference: row.reference ?? null, recordedAt: row.recordedAt ?? null, recordedBy: null }
    return {
      ...row,
      source: provenance?.source ?? 'manual',
      reference: provenance?.reference ?? null,
      recordedAt: provenance?.recordedAt ?? now,
      recordedBy: req.user?.collection === 'users' ? req.user.id : null,
    }
  })
  return data
}
