import { CsvError, parse } from 'csv-parse/sync'
import type ExcelJS from 'exceljs'

import { rowsText, SPREADSHEET_LIMITS, type SpreadsheetLimits, sizeText } from './limits'
import { SpreadsheetError } from './problems'
import { checkUnpackedSize } from './zip'

/** A cell as read: its text or number, empty, or why its value cannot be taken (say, a formula without a saved result). */
export type Cell = string | number | null | { problem: string }

/** A row as the spreadsheet shows it: `row` counts from 1, the header. */
export type SheetRow = { row: number; cells: Cell[] }

/** A spreadsheet's header (row 1) and its rows with any content below it. */
export type Sheet = { format: 'csv' | 'xlsx'; header: string[]; rows: SheetRow[] }

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]
const HEADER_FIRST = 'Första raden ska vara kolumnernas namn: indikator, år, värde och not.'
const NOT_A_SPREADSHEET = 'Filen är inte ett kalkylblad: ladda upp en CSV-fil i UTF-8 eller en Excel-arbetsbok (XLSX).'

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, index) => bytes[index] === byte)

/** Text that no spreadsheet program writes as CSV: control characters (a binary file), a script or a web page. */
function refuseNonCsvText(text: string): void {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for exactly those
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) throw new SpreadsheetError(NOT_A_SPREADSHEET)
  const start = text.trimStart()
  if (start.startsWith('#!')) throw new SpreadsheetError('Filen är ett skript, inte ett kalkylblad. Den lästes inte.')
  if (/^<(!doctype|html|\?xml|script|svg|head|body)\b/i.test(start)) {
    throw new SpreadsheetError('Filen är en webbsida eller XML, inte ett kalkylblad. Den lästes inte.')
  }
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    throw new SpreadsheetError(`${NOT_A_SPREADSHEET} En CSV-fil ska vara sparad som UTF-8.`)
  }
}

/** `;` or `,`: whichever the header line has more of (a `;` file may have decimal commas in its rows). */
function delimiterOf(text: string): ';' | ',' {
  const header = text.split(/\r?\n/, 1)[0]
  const count = (character: string) => header.split(character).length - 1
  return count(';') >= count(',') && count(';') > 0 ? ';' : ','
}

function csvMessage(error: CsvError): string {
  const line = (error as CsvError & { lines?: number }).lines
  const where = line ? ` på rad ${line}` : ''
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return `Filen går inte att läsa som CSV: ett citattecken${where} stängs aldrig.`
  return `Filen går inte att läsa som CSV${where}: kontrollera citattecknen och avgränsarna.`
}

function readCsv(bytes: Uint8Array, limits: SpreadsheetLimits): Sheet {
  const text = decodeUtf8(bytes).replace(/^\uFEFF/, '')
  refuseNonCsvText(text)
  if (text.trim() === '') throw new SpreadsheetError('Filen är tom.')
  let records: string[][]
  try {
    // Every record is a row, empty lines too, as a spreadsheet program shows the file.
    records = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, trim: true })
  } catch (error) {
    if (error instanceof CsvError) throw new SpreadsheetError(csvMessage(error))
    throw error
  }
  const [header = [], ...rest] = records
  if (header.every((cell) => cell === '')) throw new SpreadsheetError(HEADER_FIRST)
  const rows = rest
    .map((record, index) => ({ row: index + 2, cells: record.map((cell) => (cell === '' ? null : cell)) }))
    .filter(({ cells }) => cells.some((cell) => cell !== null))
  if (rows.length > limits.rows) throw tooManyRows(limits)
  return { format: 'csv', header, rows }
}

const tooManyRows = (limits: SpreadsheetLimits) =>
  new SpreadsheetError(`Filen har för många rader: högst ${rowsText(limits.rows)} värden i en import. Dela upp den i flera filer.`)

function cellOf(cell: ExcelJS.Cell): Cell {
  const value = cell.value
  if (value === null || value === undefined) return null
  if (typeof value === 'number' || typeof value === 'string') return value === '' ? null : value
  if (typeof value === 'boolean') return { problem: 'Cellen innehåller sant eller falskt, inte ett tal eller en text.' }
  if (value instanceof Date) return { problem: 'Cellen innehåller ett datum, inte ett tal eller en text.' }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result
    if (result === undefined || result === null) {
      return {
        problem: 'Cellen har en formel utan sparat värde. Formler räknas inte ut: öppna filen i Excel, spara den och ladda upp den igen.',
      }
    }
    if (typeof result === 'number' || typeof result === 'string') return result
    if (typeof result === 'object' && 'error' in result) return { problem: `Formeln i cellen gav felet ${result.error}.` }
    return { problem: 'Formelns värde är inte ett tal eller en text.' }
  }
  if ('error' in value) return { problem: `Cellen innehåller felet ${value.error}.` }
  if ('richText' in value) return value.richText.map((part) => part.text).join('') || null
  if ('text' in value) return typeof value.text === 'string' ? value.text : null
  return { problem: 'Cellens innehåll kan inte läsas.' }
}

const trimmed = (cell: Cell): Cell => (typeof cell === 'string' ? cell.trim() || null : cell)

async function readXlsx(bytes: Uint8Array, limits: SpreadsheetLimits): Promise<Sheet> {
  await checkUnpackedSize(bytes, limits)
  // Loaded on the first XLSX only: exceljs would add tens of MB to every server process.
  const { default: Excel } = await import('exceljs')
  const workbook = new Excel.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer)
  } catch {
    throw new SpreadsheetError('Filen går inte att öppna som XLSX: den är trasig eller inte en Excel-arbetsbok.')
  }
  const sheet = workbook.worksheets[0]
  if (!sheet || sheet.actualRowCount === 0) throw new SpreadsheetError('Filen är tom: arbetsbokens första blad har inga rader.')
  if (sheet.actualRowCount - 1 > limits.rows) throw tooManyRows(limits)
  const rows: SheetRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: Cell[] = []
    for (let column = 1; column <= row.cellCount; column++) cells.push(trimmed(cellOf(row.getCell(column))))
    if (cells.some((cell) => cell !== null)) rows.push({ row: number, cells })
  })
  const [header, ...data] = rows
  if (header?.row !== 1) throw new SpreadsheetError(HEADER_FIRST)
  return { format: 'xlsx', header: header.cells.map((cell) => (typeof cell === 'string' ? cell : '')), rows: data }
}

/**
 * Reads an uploaded file as a spreadsheet: an XLSX workbook's first sheet (cells' saved values;
 * formulas are never evaluated) or CSV in UTF-8, with or without a BOM, separated by `;` or `,`.
 * Throws SpreadsheetError, in Swedish, for a file that is none of these or is too large.
 */
export async function readSpreadsheet(bytes: Uint8Array, limits: SpreadsheetLimits = SPREADSHEET_LIMITS): Promise<Sheet> {
  if (bytes.length === 0) throw new SpreadsheetError('Filen är tom.')
  if (bytes.length > limits.bytes) throw new SpreadsheetError(`Filen är för stor: högst ${sizeText(limits.bytes)}.`)
  if (startsWith(bytes, ZIP_SIGNATURE)) return readXlsx(bytes, limits)
  return readCsv(bytes, limits)
}
