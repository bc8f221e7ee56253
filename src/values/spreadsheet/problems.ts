/** A file that cannot be read as a spreadsheet of values at all; the message is for the user, in Swedish. */
export class SpreadsheetError extends Error {
  override name = 'SpreadsheetError'
}

/** One problem with a row of the spreadsheet: its row as the spreadsheet shows it (the header is row 1) and its column. */
export type RowError = { row: number | null; column: string | null; message: string }
