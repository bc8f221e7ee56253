/**
 * CSV after RFC 4180, made for Excel: a UTF-8 byte order mark (without it Excel reads the file in
 * the local code page and garbles å, ä and ö), CRLF between records, and `;` between fields,
 * because Swedish Excel uses the comma as decimal separator and splits an opened CSV file on `;`.
 * (A `sep=;` first line would also pick the separator, but makes Excel ignore the BOM.)
 */
export const CSV_SEPARATOR = ';'
export const BYTE_ORDER_MARK = '\uFEFF'

/** A spreadsheet runs a cell starting like this as a formula; text must never do that. */
const FORMULA_START = /^[=+\-@\t\r]/

/** A field's value: text, a number, or nothing. */
export type CsvCell = string | number | null

/**
 * A number as Swedish Excel reads one: decimal comma, no grouping, and the ASCII minus (the
 * sv-SE locale writes U+2212, which Excel takes for text), never an exponent.
 */
const decimalFormat = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 })
export const decimalComma = (value: number): string => decimalFormat.format(value).replace('.', ',')

/**
 * One field: a number with a decimal comma; text guarded from starting as a formula, quoted when
 * it holds a separator, quote or line break, with quotes doubled.
 */
export function csvField(value: CsvCell, separator = CSV_SEPARATOR): string {
  if (typeof value === 'number') return decimalComma(value)
  const text = value === null ? '' : FORMULA_START.test(value) ? `'${value}` : value
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text)
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text
}

/** The records as a CSV file, the first record being the headings. */
export function toCsv(records: ReadonlyArray<ReadonlyArray<CsvCell>>, separator = CSV_SEPARATOR): string {
  return BYTE_ORDER_MARK + records.map((record) => `${record.map((value) => csvField(value, separator)).join(separator)}\r\n`).join('')
}
