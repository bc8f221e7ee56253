import { describe, expect, it } from 'vitest'

import { BYTE_ORDER_MARK, csvField, toCsv } from '../../src/app/export/csv'
import { parseCsv, swedishExcelValue } from './parse-csv'

describe('csvField', () => {
  it('leaves plain text, å, ä and ö as they are', () => {
    expect(csvField('Hållbar stadsutveckling')).toBe('Hållbar stadsutveckling')
    expect(csvField('Öka, minska')).toBe('Öka, minska')
  })

  it('quotes a field holding the separator, a quote or a line break, doubling the quotes', () => {
    expect(csvField('el; värme')).toBe('"el; värme"')
    expect(csvField('så kallad "grön" el')).toBe('"så kallad ""grön"" el"')
    expect(csvField('rad 1\nrad 2')).toBe('"rad 1\nrad 2"')
    expect(csvField('rad 1\r\nrad 2')).toBe('"rad 1\r\nrad 2"')
  })

  it('writes a number with a decimal comma and an ASCII minus, without grouping or exponent, so Swedish Excel reads it as a number', () => {
    const numbers = [61.5, 1250, -3.25, 0.1 + 0.2, 1e21, 1e-7, 0]
    expect(numbers.map((value) => csvField(value))).toEqual([
      '61,5',
      '1250',
      '-3,25',
      '0,30000000000000004',
      '1000000000000000000000',
      '0,0000001',
      '0',
    ])
    expect(numbers.map((value) => swedishExcelValue(csvField(value)))).toEqual(numbers)
  })

  it('writes null as an empty field', () => {
    expect(csvField(null)).toBe('')
  })

  it('keeps text from starting as a spreadsheet formula', () => {
    expect(csvField('=HYPERLINK("http://example.org")')).toBe(`"'=HYPERLINK(""http://example.org"")"`)
    expect(csvField('+46 8 606 70 00')).toBe("'+46 8 606 70 00")
    expect(csvField('@summa')).toBe("'@summa")
  })
})

describe('toCsv', () => {
  const records = [
    ['Fokusområde', 'Etappmål', 'Kommentar'],
    ['Fossilfria resor; transporter', 'Minska "utsläppen" från bilar', 'Första raden\nAndra raden'],
    ['Mat och måltider', '', null],
  ]
  const csv = toCsv(records)

  it('starts with a UTF-8 byte order mark, so Excel reads å, ä and ö right', () => {
    expect(csv.startsWith(BYTE_ORDER_MARK)).toBe(true)
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(csv.indexOf(BYTE_ORDER_MARK, 1)).toBe(-1)
  })

  it('separates fields with ; and ends every record with CRLF', () => {
    expect(csv.slice(1).split('\r\n')[0]).toBe('Fokusområde;Etappmål;Kommentar')
    expect(csv.endsWith('Mat och måltider;;\r\n')).toBe(true)
  })

  it('reads back into the same records', () => {
    expect(parseCsv(csv.slice(1))).toEqual(records.map((record) => record.map((value) => value ?? '')))
  })

  it('uses another separator when asked, quoting that one instead', () => {
    expect(toCsv([['a;b', 'c,d']], ',')).toBe(`${BYTE_ORDER_MARK}a;b,"c,d"\r\n`)
  })
})
