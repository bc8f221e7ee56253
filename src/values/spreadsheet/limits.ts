/** What one spreadsheet import reads at most; the messages of src/values/spreadsheet/read.ts say them. */
export type SpreadsheetLimits = {
  /** The file's size. */
  bytes: number
  /** Data rows below the header. */
  rows: number
  /** An XLSX file's contents, unpacked. */
  unpackedBytes: number
}

export const SPREADSHEET_LIMITS: SpreadsheetLimits = {
  bytes: 5 * 1024 * 1024,
  rows: 10_000,
  unpackedBytes: 50 * 1024 * 1024,
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`.replace('.', ',')

export const sizeText = megabytes

export const rowsText = (rows: number) => rows.toLocaleString('sv-SE')
