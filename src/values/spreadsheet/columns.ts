import type { RowError } from './problems'

export type ColumnKey = 'indicator' | 'year' | 'value' | 'note'

/** Each column's names, Swedish first; the header may use either language. */
const NAMES: Record<ColumnKey, string[]> = {
  indicator: ['indikator', 'indicator'],
  year: ['år', 'year'],
  value: ['värde', 'value'],
  note: ['not', 'note'],
}

const REQUIRED: ColumnKey[] = ['indicator', 'year', 'value']

/** Where each column is, and its name as the file writes it. */
export type Columns = Partial<Record<ColumnKey, { index: number; name: string }>>

const keyOf = (name: string) => (Object.keys(NAMES) as ColumnKey[]).find((key) => NAMES[key].includes(name.trim().toLocaleLowerCase('sv')))

/** The header's columns, or the errors of row 1: an unknown or repeated column, or one that is missing. */
export function readColumns(header: string[]): { columns: Columns; errors: RowError[] } {
  const columns: Columns = {}
  const errors: RowError[] = []
  header.forEach((name, index) => {
    if (name.trim() === '') return
    const key = keyOf(name)
    if (!key) {
      errors.push({ row: 1, column: name, message: `Okänd kolumn "${name}". Kolumnerna ska heta indikator, år, värde och not.` })
    } else if (columns[key]) {
      errors.push({ row: 1, column: name, message: `Kolumnen "${name}" finns två gånger.` })
    } else {
      columns[key] = { index, name }
    }
  })
  for (const key of REQUIRED) {
    if (!columns[key]) errors.push({ row: 1, column: NAMES[key][0], message: `Kolumnen "${NAMES[key][0]}" saknas.` })
  }
  return { columns, errors }
}

/** Whether any of the header's cells names a column of ours: a file where none does is no spreadsheet of values. */
export const namesAnyColumn = (header: string[]) => header.some((name) => keyOf(name) !== undefined)
