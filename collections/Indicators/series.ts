import type { JSONField } from 'payload'

import { derivedField, unchanged } from '../derived/field'
import { VALUE_SOURCES, type ValueSource } from './provenance'

/** A note in every language it was written in. */
export type LocalisedNote = Partial<Record<string, string>>

/** Where a measurement came from (collections/Indicators/provenance.ts); who recorded it stays in the admin. */
export type PointProvenance = { source: ValueSource; reference?: string; recordedAt?: string }

/** One measurement as the read model keeps it; `id` is the measurement row's. */
export type SeriesPoint = { id: string; year: number; value: number; note?: LocalisedNote } & PointProvenance

type MeasurementRow = {
  id?: string | null
  year?: number | null
  value?: number | null
  note?: string | LocalisedNote | null
  source?: ValueSource | null
  reference?: string | null
  recordedAt?: string | null
}

/** A row's provenance without empty parts; a row stored before provenance existed was typed in. */
function provenanceOf({ source, reference, recordedAt }: MeasurementRow): PointProvenance {
  return { source: source ?? 'manual', ...(reference ? { reference } : {}), ...(recordedAt ? { recordedAt } : {}) }
}

/**
 * The measurements as one JSON value, ordered by year, with each note in every language and where
 * each value came from: what the API reads. Reading the measurements array instead costs a row per measurement and locale, and
 * that is most of what a follow-up report costs to read.
 */
export const seriesField: JSONField = {
  name: 'series',
  type: 'json',
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
  typescriptSchema: [
    () => ({
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'year', 'value', 'source'],
        properties: {
          id: { type: 'string' },
          year: { type: 'number' },
          value: { type: 'number' },
          note: { type: 'object', additionalProperties: { type: 'string' } },
          source: { type: 'string', enum: [...VALUE_SOURCES] },
          reference: { type: 'string' },
          recordedAt: { type: 'string' },
        },
      },
    }),
  ],
}

/**
 * The series for measurement rows saved in `locale`. A save carries the notes of its own locale
 * only (or all of them, with locale 'all'), so the other locales' notes come from `previous`.
 */
export function seriesOfMeasurements(rows: MeasurementRow[], locale: string, previous: SeriesPoint[] = []): SeriesPoint[] {
  const earlierNotes = new Map(previous.map((point) => [point.id, point.note ?? {}]))
  return rows
    .filter(
      (row): row is MeasurementRow & { id: string; year: number; value: number } =>
        typeof row.id === 'string' && typeof row.year === 'number' && typeof row.value === 'number',
    )
    .map((row) => {
      const { id, year, value, note } = row
      const notes: LocalisedNote =
        locale === 'all'
          ? { ...(typeof note === 'object' ? note : {}) }
          : { ...earlierNotes.get(id), [locale]: typeof note === 'string' ? note : undefined }
      const written = Object.fromEntries(Object.entries(notes).filter(([, text]) => text))
      return { id, year, value, ...(Object.keys(written).length ? { note: written } : {}), ...provenanceOf(row) }
    })
    .sort((a, b) => a.year - b.year)
}

/** `series`: the measurements in every locale, kept on every save that changes them. */
export const series = derivedField({
  collection: 'indicators',
  name: 'series',
  sources: ['measurements'],
  derive: ({ data, originalDoc, locale }) =>
    Array.isArray(data.measurements)
      ? seriesOfMeasurements(data.measurements, locale, (originalDoc?.series as SeriesPoint[] | undefined) ?? [])
      : unchanged,
})
