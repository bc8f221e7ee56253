import type { ValueSource } from '../../api-client/operations'

export type SourcedPoint = { year: number; source: ValueSource | null; reference: string | null; recordedAt: string | null }

/** One kind of source of a chart's values: the files read for a spreadsheet, the latest value's URL for Kolada. */
export type SourcePart = { source: 'MANUAL' } | { source: 'SPREADSHEET'; files: string[] } | { source: 'KOLADA'; href: string | null }

export type ValueProvenance = { parts: SourcePart[]; lastUpdated: string | null }

const ORDER: ValueSource[] = ['MANUAL', 'SPREADSHEET', 'KOLADA']

/**
 * Where a chart's values come from, each kind once (typed in, spreadsheets, Kolada), and when the
 * latest of them was recorded (null when none says).
 */
export function valueProvenance(series: readonly SourcedPoint[]): ValueProvenance {
  const byYear = [...series].sort((a, b) => a.year - b.year)
  const parts = ORDER.filter((source) => byYear.some((point) => point.source === source)).map((source): SourcePart => {
    const references = byYear.filter((point) => point.source === source && point.reference).map((point) => point.reference as string)
    if (source === 'SPREADSHEET') return { source, files: [...new Set(references)] }
    if (source === 'KOLADA') return { source, href: references.at(-1) ?? null }
    return { source: 'MANUAL' }
  })
  const times = series.map((point) => point.recordedAt).filter((time): time is string => Boolean(time))
  const lastUpdated = times.length ? times.reduce((latest, time) => (Date.parse(time) > Date.parse(latest) ? time : latest)) : null
  return { parts, lastUpdated }
}
