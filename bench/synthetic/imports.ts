/**
 * How a synthetic programme's values arrive (./data.ts): Statistics Sweden's figures from Kolada,
 * one sync a year that reads each indicator's whole series and keeps an import per indicator whose
 * reference is the address read (src/values/kolada/sync.ts); the municipality's own figures from a
 * yearly spreadsheet of the last three years; the rest typed in. Kolada's latest value is
 * preliminary until the next sync revises it, and a spreadsheet corrects a value typed in wrongly
 * two years before. What the imports bring last is the indicator's series as generated.
 */
import type { SeedImport, SeedIndicator } from '../../src/seed/data/types'
import { KOLADA_API_URL } from '../../src/values/kolada/client'
import type { Random } from './random'

export const KOLADA_YEARS = [2028, 2029, 2030] as const
export const SPREADSHEET_YEARS = [2029, 2030] as const

/** Where an indicator's values come from. */
export type ValueChannel = 'typed' | 'kolada' | 'spreadsheet'

type Measurements = SeedIndicator['measurements']

export type SeriesToImport = {
  key: string
  /** The series as generated: what the indicator holds once every import is applied. */
  measurements: Measurements
  channel: ValueChannel
  /** Whether its values are whole numbers. */
  whole: boolean
}

const FIRST_IMPORTED: Record<ValueChannel, number> = {
  typed: Number.POSITIVE_INFINITY,
  kolada: KOLADA_YEARS[0],
  spreadsheet: SPREADSHEET_YEARS[0],
}

/** A value a few per cent off: a preliminary figure, or one typed in wrongly. */
function offBy(value: number, whole: boolean, rnd: Random): number {
  const off = value * (1 + rnd.pick([-1, 1]) * rnd.between(0.02, 0.06))
  return whole ? Math.max(1, Math.round(off)) : Math.round(off * 100) / 100
}

const valueIn = (series: SeriesToImport, year: number) => series.measurements.find((row) => row.year === year)!.value

export const koladaReference = (n: number, kpi: string) => `${KOLADA_API_URL}/data/kpi/${kpi}/municipality/syntetisk-${n}`

/** An indicator's Kolada key figure: made up, in Kolada's form (a capital and five digits). */
const kpiOf = (series: SeriesToImport) => `N9${series.key.split('-').pop()!.padStart(4, '0')}`

/** Programme n's imports in the order applied, and each indicator's values as typed in before them. */
export function syntheticImports(
  n: number,
  all: SeriesToImport[],
  rnd: Random,
): { typed: Map<string, Measurements>; imports: SeedImport[] } {
  const typed = new Map(
    all.map((series) => [
      series.key,
      series.measurements.filter((row) => row.year < FIRST_IMPORTED[series.channel]).map((row) => ({ ...row })),
    ]),
  )
  const kolada = all.filter((series) => series.channel === 'kolada')
  const spreadsheet = all.filter((series) => series.channel === 'spreadsheet')
  const lastKolada = KOLADA_YEARS[KOLADA_YEARS.length - 1]
  const imports: SeedImport[] = []
  for (let year = KOLADA_YEARS[0]; year <= Math.max(lastKolada, ...SPREADSHEET_YEARS); year++) {
    if ((KOLADA_YEARS as readonly number[]).includes(year)) {
      for (const series of kolada) {
        const values = series.measurements
          .filter((row) => row.year <= year)
          .map((row) => ({
            indicator: series.key,
            year: row.year,
            value: row.year === year && year < lastKolada ? offBy(row.value, series.whole, rnd) : row.value,
          }))
        imports.push({ kind: 'kolada', reference: koladaReference(n, kpiOf(series)), values })
      }
    }
    if ((SPREADSHEET_YEARS as readonly number[]).includes(year)) {
      for (const series of spreadsheet) {
        const wrong = typed.get(series.key)!.find((row) => row.year === year - 2)
        if (wrong && rnd.chance(0.25)) wrong.value = offBy(wrong.value, series.whole, rnd)
      }
      const values = spreadsheet.flatMap((series) =>
        [year - 2, year - 1, year].map((y) => ({ indicator: series.key, year: y, value: valueIn(series, y) })),
      )
      imports.push({ kind: 'spreadsheet', reference: `indikatorer-${year}-syntetiskt-program-${n}.xlsx`, values })
    }
  }
  return { typed, imports }
}
