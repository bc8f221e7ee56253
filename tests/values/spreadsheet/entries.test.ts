import { describe, expect, it } from 'vitest'

import { readEntries } from '../../../src/values/spreadsheet/entries'
import { indicatorFinder } from '../../../src/values/spreadsheet/indicators'
import { SpreadsheetError } from '../../../src/values/spreadsheet/problems'
import type { Cell, Sheet } from '../../../src/values/spreadsheet/read'

const find = indicatorFinder([
  { id: 'id-heat', name: 'Utsläpp från uppvärmning', koladaKpi: 'N00401' },
  { id: 'id-waste', name: 'Hushållsavfall', koladaKpi: null },
  { id: 'id-a', name: 'Samma namn' },
  { id: 'id-b', name: 'Samma namn' },
])

const sheet = (header: string[], ...rows: Cell[][]): Sheet => ({
  format: 'csv',
  header,
  rows: rows.map((cells, index) => ({ row: index + 2, cells })),
})

describe('reading values from rows', () => {
  it('names the indicator by its ID, its Kolada KPI or its exact Swedish name, in either language of columns', () => {
    const swedish = readEntries(
      sheet(
        ['indikator', 'år', 'värde', 'not'],
        ['id-heat', '2020', '1 234,5', 'Reviderat'],
        ['n00401', 2021, -2],
        ['Hushållsavfall', '2022', '−0.5'],
      ),
      find,
    )
    expect(swedish.errors).toEqual([])
    expect(swedish.entries).toEqual([
      { row: 2, name: 'Utsläpp från uppvärmning', indicator: 'id-heat', year: 2020, value: 1234.5, note: 'Reviderat' },
      { row: 3, name: 'Utsläpp från uppvärmning', indicator: 'id-heat', year: 2021, value: -2 },
      { row: 4, name: 'Hushållsavfall', indicator: 'id-waste', year: 2022, value: -0.5 },
    ])
    const english = readEntries(sheet(['Indicator', 'Year', 'Value'], ['Hushållsavfall', '2020', '3.25']), find)
    expect(english.entries).toEqual([{ row: 2, name: 'Hushållsavfall', indicator: 'id-waste', year: 2020, value: 3.25 }])
  })

  it('refuses unknown columns, a repeated one and missing ones in row 1', () => {
    const { entries, errors } = readEntries(sheet(['indikator', 'värde', 'värde', 'kommun'], ['id-heat', '1', '2', 'x']), find)
    expect(entries).toEqual([])
    expect(errors).toEqual([
      { row: 1, column: 'värde', message: 'Kolumnen "värde" finns två gånger.' },
      { row: 1, column: 'kommun', message: 'Okänd kolumn "kommun". Kolumnerna ska heta indikator, år, värde och not.' },
      { row: 1, column: 'år', message: 'Kolumnen "år" saknas.' },
    ])
  })

  it('refuses a file none of whose columns is ours, and one with no rows below the header', () => {
    expect(() => readEntries(sheet(['echo', 'hej']), find)).toThrow(SpreadsheetError)
    expect(() => readEntries(sheet(['indikator', 'år', 'värde']), find)).toThrow(
      'Filen är tom: den har bara kolumnernas namn och inga värden.',
    )
  })

  it('gives each bad cell its row and column: unknown indicators, years outside 1990-2100, values that are no numbers', () => {
    const { entries, errors } = readEntries(
      sheet(
        ['indikator', 'år', 'värde'],
        ['Okänd', '2020', '1'],
        ['Samma namn', '2020', '1'],
        ['id-heat', '1989', '1'],
        ['id-heat', '2101', '1'],
        ['id-heat', '20x0', '1'],
        ['id-heat', '2020', '12 %'],
        ['id-heat', '2021', '1,234.5'],
        ['id-heat', '2022', null],
        ['id-heat', '2023', { problem: 'Cellen har en formel utan sparat värde.' }],
        ['id-heat', '2100', '7'],
      ),
      find,
    )
    expect(errors).toEqual([
      { row: 2, column: 'indikator', message: expect.stringMatching(/^Okänd indikator "Okänd"\./) },
      { row: 3, column: 'indikator', message: 'Flera indikatorer heter "Samma namn": ange indikatorns id i stället.' },
      { row: 4, column: 'år', message: 'Året 1989 ligger utanför 1990–2100.' },
      { row: 5, column: 'år', message: 'Året 2101 ligger utanför 1990–2100.' },
      { row: 6, column: 'år', message: 'Året "20x0" är inte ett årtal, till exempel 2024.' },
      { row: 7, column: 'värde', message: 'Värdet "12 %" är inte ett tal.' },
      { row: 8, column: 'värde', message: 'Värdet "1,234.5" är inte ett tal.' },
      { row: 9, column: 'värde', message: 'Värdet saknas.' },
      { row: 10, column: 'värde', message: 'Cellen har en formel utan sparat värde.' },
    ])
    expect(entries.map(({ row, year }) => [row, year])).toEqual([[11, 2100]])
  })

  it('refuses the same indicator and year twice, however the indicator is named', () => {
    const { entries, errors } = readEntries(
      sheet(['indikator', 'år', 'värde'], ['id-heat', '2020', '1'], ['N00401', 2020, '2'], ['id-heat', '2021', '3']),
      find,
    )
    expect(errors).toEqual([{ row: 3, column: 'år', message: 'Utsläpp från uppvärmning har redan ett värde för 2020 på rad 2.' }])
    expect(entries.map(({ row }) => row)).toEqual([2, 4])
  })
})
