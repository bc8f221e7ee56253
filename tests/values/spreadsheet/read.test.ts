import { describe, expect, it } from 'vitest'

import { SPREADSHEET_LIMITS } from '../../../src/values/spreadsheet/limits'
import { SpreadsheetError } from '../../../src/values/spreadsheet/problems'
import { readSpreadsheet } from '../../../src/values/spreadsheet/read'
import { csv, xlsx, zipOfZeros } from './files'

const limits = { ...SPREADSHEET_LIMITS }

async function refused(bytes: Uint8Array, options = limits): Promise<string> {
  const error = await readSpreadsheet(bytes, options).then(
    () => null,
    (thrown: unknown) => thrown,
  )
  expect(error).toBeInstanceOf(SpreadsheetError)
  return (error as Error).message
}

describe('reading CSV', () => {
  it('reads UTF-8 with a BOM, separated by semicolons, with decimal commas kept as text', async () => {
    const sheet = await readSpreadsheet(csv('indikator;år;värde;not\nUtsläpp;2020;"1 234,5";Ny källa\n', true))
    expect(sheet.header).toEqual(['indikator', 'år', 'värde', 'not'])
    expect(sheet.rows).toEqual([{ row: 2, cells: ['Utsläpp', '2020', '1 234,5', 'Ny källa'] }])
  })

  it('reads commas as separators without a BOM, and numbers rows as a spreadsheet program shows them', async () => {
    const sheet = await readSpreadsheet(csv('indicator,year,value\r\nA,2020,1.5\r\n\r\n"B, C",2021,2\r\n,,\r\nD,2022,3\r\n'))
    expect(sheet.header).toEqual(['indicator', 'year', 'value'])
    expect(sheet.rows.map(({ row, cells }) => [row, cells[0]])).toEqual([
      [2, 'A'],
      [4, 'B, C'],
      [6, 'D'],
    ])
  })

  it('refuses an empty file, and one with only blank lines', async () => {
    expect(await refused(new Uint8Array())).toBe('Filen är tom.')
    expect(await refused(csv('\uFEFF\n\n  \n'))).toBe('Filen är tom.')
  })

  it('refuses a script, a web page and a binary file renamed .csv', async () => {
    expect(await refused(csv('#!/bin/sh\nrm -rf /\n'))).toBe('Filen är ett skript, inte ett kalkylblad. Den lästes inte.')
    expect(await refused(csv('<!DOCTYPE html><html><script>alert(1)</script></html>'))).toMatch(/^Filen är en webbsida eller XML/)
    expect(await refused(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]))).toMatch(/^Filen är inte ett kalkylblad/)
    expect(await refused(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x41]))).toMatch(/ska vara sparad som UTF-8\.$/)
  })

  it('refuses a file that is too large, saying the limit', async () => {
    expect(await refused(new Uint8Array(SPREADSHEET_LIMITS.bytes + 1).fill(0x41))).toBe('Filen är för stor: högst 5 MB.')
  })

  it('refuses more rows than the limit, saying it', async () => {
    const rows = Array.from({ length: 4 }, (_, index) => `A;${2000 + index};1`).join('\n')
    const message = await refused(csv(`indikator;år;värde\n${rows}`), { ...limits, rows: 3 })
    expect(message).toBe('Filen har för många rader: högst 3 värden i en import. Dela upp den i flera filer.')
    expect((await readSpreadsheet(csv(`indikator;år;värde\n${rows}`), { ...limits, rows: 4 })).rows).toHaveLength(4)
  })

  it('refuses a quote that is never closed', async () => {
    expect(await refused(csv('indikator;år;värde\n"A;2020;1\n'))).toMatch(/^Filen går inte att läsa som CSV: ett citattecken/)
  })
})

describe('reading XLSX', () => {
  it("reads the first sheet's cells, taking a formula's saved result and never evaluating it", async () => {
    const bytes = await xlsx(
      [
        ['indikator', 'år', 'värde', 'not'],
        ['Utsläpp', 2020, { formula: '1+1', result: 40 }, 'Från Excel'],
        [null, null, null, null],
        ['Avfall', 2021, 1.5],
      ],
      (workbook) => workbook.addWorksheet('Annat').addRow(['indikator', 'år', 'värde']),
    )
    const sheet = await readSpreadsheet(bytes)
    expect(sheet.format).toBe('xlsx')
    expect(sheet.header).toEqual(['indikator', 'år', 'värde', 'not'])
    expect(sheet.rows).toEqual([
      { row: 2, cells: ['Utsläpp', 2020, 40, 'Från Excel'] },
      { row: 4, cells: ['Avfall', 2021, 1.5] },
    ])
  })

  it('marks a formula without a saved result, and one that gave an error, as problems of their cells', async () => {
    const sheet = await readSpreadsheet(
      await xlsx([
        ['indikator', 'år', 'värde'],
        ['Utsläpp', 2020, { formula: 'A1*2' } as never],
        ['Utsläpp', 2021, { formula: '1/0', result: { error: '#DIV/0!' } }],
      ]),
    )
    expect(sheet.rows[0].cells[2]).toEqual({ problem: expect.stringMatching(/^Cellen har en formel utan sparat värde\./) })
    expect(sheet.rows[1].cells[2]).toEqual({ problem: 'Formeln i cellen gav felet #DIV/0!.' })
  })

  it('refuses a workbook whose contents unpack to more than the limit, saying it', async () => {
    const message = await refused(await zipOfZeros(2 * 1024 * 1024), { ...limits, unpackedBytes: 1024 * 1024 })
    expect(message).toBe('Filen är för stor uppackad: en XLSX-fil får packas upp till högst 1 MB.')
  })

  it('refuses a zip that is no workbook, and a workbook whose sheet is empty', async () => {
    expect(await refused(await zipOfZeros(10))).toMatch(/^Filen går inte att öppna som XLSX/)
    expect(await refused(await xlsx([]))).toBe('Filen är tom: arbetsbokens första blad har inga rader.')
  })

  it('refuses more rows than the limit', async () => {
    const rows = [['indikator', 'år', 'värde'], ...Array.from({ length: 4 }, (_, index) => ['A', 2000 + index, 1])]
    expect(await refused(await xlsx(rows), { ...limits, rows: 3 })).toMatch(/^Filen har för många rader: högst 3 värden/)
  })
})
