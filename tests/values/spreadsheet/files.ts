import ExcelJS from 'exceljs'
import JSZip from 'jszip'

/** A CSV file's bytes, UTF-8, with a BOM when asked. */
export const csv = (text: string, bom = false) => new TextEncoder().encode(`${bom ? '\uFEFF' : ''}${text}`)

/** An XLSX workbook whose first sheet has these rows (cells as ExcelJS takes them: formulas as { formula, result }). */
export async function xlsx(rows: ExcelJS.CellValue[][], more?: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Värden')
  for (const row of rows) sheet.addRow(row)
  more?.(workbook)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/** A zip whose one entry unpacks to `bytes` zeros: a small file that unpacks to a large one. */
export async function zipOfZeros(bytes: number): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file('xl/worksheets/sheet1.xml', new Uint8Array(bytes))
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}
