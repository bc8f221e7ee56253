/**
 * A strict RFC 4180 reader for the tests, independent of the writer: records end with CRLF, a
 * field is quoted from its first character or not at all, and a quote inside is doubled.
 */
export function parseCsv(text: string, separator = ';'): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  let wasQuoted = false
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (quoted) {
      if (character !== '"') field += character
      else if (text[index + 1] === '"') field += text[++index]
      else quoted = false
    } else if (character === '"') {
      if (field !== '' || wasQuoted) throw new Error(`A quote inside an unquoted field at ${index}`)
      quoted = wasQuoted = true
    } else if (character === separator) {
      record.push(field)
      field = ''
      wasQuoted = false
    } else if (character === '\r' && text[index + 1] === '\n') {
      records.push([...record, field])
      record = []
      field = ''
      wasQuoted = false
      index++
    } else if (character === '\r' || character === '\n' || wasQuoted) {
      throw new Error(`Unexpected ${JSON.stringify(character)} outside quotes at ${index}`)
    } else {
      field += character
    }
  }
  if (quoted) throw new Error('A quoted field is not closed')
  if (field !== '' || record.length) throw new Error('The last record does not end with CRLF')
  return records
}

/**
 * A cell as Swedish Excel takes it: a number when it is digits with an optional decimal comma and
 * an ASCII minus, anything else as text (which SUM skips), null when empty.
 */
export function swedishExcelValue(cell: string): number | string | null {
  if (cell === '') return null
  return /^-?\d+(,\d+)?$/.test(cell) ? Number(cell.replace(',', '.')) : cell
}

/** What Excel's SUM gives for the cells: the numbers added, text and empty cells skipped. */
export const excelSum = (cells: string[]) =>
  cells.map(swedishExcelValue).reduce<number>((sum, value) => (typeof value === 'number' ? sum + value : sum), 0)
