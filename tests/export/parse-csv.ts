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
