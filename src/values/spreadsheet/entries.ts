import type { ValueEntry } from '../plan'
import { type ColumnKey, type Columns, namesAnyColumn, readColumns } from './columns'
import type { FoundIndicator } from './indicators'
import type { RowError } from './problems'
import { SpreadsheetError } from './problems'
import type { Cell, Sheet } from './read'

export const FIRST_YEAR = 1990
export const LAST_YEAR = 2100

/** A value read from a row, with the row it was on and the indicator's name. */
export type SheetEntry = ValueEntry & { row: number; name: string }

const text = (cell: Cell) => (typeof cell === 'number' ? String(cell) : typeof cell === 'string' ? cell : '')

/** A number as people write them: a decimal comma or point, spaces between thousands, a typographic minus. */
export function parseNumber(cell: Cell): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined
  if (typeof cell !== 'string') return undefined
  const compact = cell.replace(/[\s\u00a0\u202f]/g, '').replace(/^[\u2212\u2013]/, '-')
  if (!/^[-+]?(\d+([.,]\d+)?|[.,]\d+)$/.test(compact)) return undefined
  return Number(compact.replace(',', '.'))
}

function readYear(cell: Cell): number | string {
  const year = parseNumber(cell)
  if (year === undefined || !Number.isInteger(year)) return `Året "${text(cell)}" är inte ett årtal, till exempel 2024.`
  if (year < FIRST_YEAR || year > LAST_YEAR) return `Året ${year} ligger utanför ${FIRST_YEAR}–${LAST_YEAR}.`
  return year
}

/**
 * The values of a sheet's rows, and every error with its row and column: an unknown column or
 * indicator, a year outside 1990–2100, a value that is not a number, an indicator and year that
 * occur twice. `find` names the indicator a cell names (src/values/spreadsheet/indicators.ts).
 */
export function readEntries(sheet: Sheet, find: (text: string) => FoundIndicator): { entries: SheetEntry[]; errors: RowError[] } {
  if (!namesAnyColumn(sheet.header)) {
    throw new SpreadsheetError(
      'Filen är inte ett kalkylblad med indikatorvärden: första raden ska vara kolumnerna indikator, år, värde och not.',
    )
  }
  const { columns, errors } = readColumns(sheet.header)
  if (errors.length > 0) return { entries: [], errors }
  if (sheet.rows.length === 0) throw new SpreadsheetError('Filen är tom: den har bara kolumnernas namn och inga värden.')
  const entries: SheetEntry[] = []
  const rowOf = new Map<string, number>()
  for (const { row, cells } of sheet.rows) {
    const cellOf = (key: ColumnKey) => {
      const column = (columns as Required<Columns>)[key]
      return { cell: column ? (cells[column.index] ?? null) : null, column: column?.name ?? null }
    }
    const rowErrors: RowError[] = []
    const problem = (key: ColumnKey, message: string) => rowErrors.push({ row, column: cellOf(key).column, message })
    /** The cell's text or number; undefined when its problem (a formula without a result, say) is reported already. */
    const checked = (key: ColumnKey): Cell | undefined => {
      const { cell } = cellOf(key)
      if (cell === null || typeof cell !== 'object') return cell
      problem(key, cell.problem)
      return undefined
    }
    const indicatorCell = checked('indicator')
    const yearCell = checked('year')
    const valueCell = checked('value')
    const noteCell = checked('note')
    let indicator: { id: string; name: string } | undefined
    if (indicatorCell === null) problem('indicator', 'Indikatorn saknas.')
    else if (indicatorCell !== undefined) {
      const found = find(text(indicatorCell))
      if ('problem' in found) problem('indicator', found.problem)
      else indicator = found
    }
    let year: number | undefined
    if (yearCell === null) problem('year', 'Året saknas.')
    else if (yearCell !== undefined) {
      const read = readYear(yearCell)
      if (typeof read === 'string') problem('year', read)
      else year = read
    }
    const value = valueCell == null ? undefined : parseNumber(valueCell)
    if (valueCell === null) problem('value', 'Värdet saknas.')
    else if (valueCell !== undefined && value === undefined) problem('value', `Värdet "${text(valueCell)}" är inte ett tal.`)
    if (indicator && year !== undefined) {
      const key = `${indicator.id}:${year}`
      const earlier = rowOf.get(key)
      if (earlier !== undefined) problem('year', `${indicator.name} har redan ett värde för ${year} på rad ${earlier}.`)
      else rowOf.set(key, row)
    }
    if (rowErrors.length > 0 || !indicator || year === undefined || value === undefined) {
      errors.push(...rowErrors)
      continue
    }
    const note = noteCell == null ? undefined : text(noteCell)
    entries.push({ row, name: indicator.name, indicator: indicator.id, year, value, ...(note ? { note } : {}) })
  }
  return { entries, errors }
}
