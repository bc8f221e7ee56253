/** Typography and page flow of the report PDF, on A4 in PDFKit's standard Helvetica. */
import PDFDocument from 'pdfkit'

import { pdfText } from './pdf-text'

export type Pdf = PDFKit.PDFDocument

const MARGIN = 56

/** A buffered A4 document (its pages stay open, for the contents and the page numbers written last). */
export function createPdf(title: string): Pdf {
  return new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: 'sv-SE',
    displayTitle: true,
    info: { Title: title, Author: 'Haninge kommun', Creator: 'KMPP uppföljning' },
  })
}

/** The document's bytes once it is ended. */
export function pdfBytes(doc: Pdf): Promise<Buffer> {
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  doc.end()
  return ended
}

export const contentWidth = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right
const spaceLeft = (doc: Pdf) => doc.page.height - doc.page.margins.bottom - doc.y

/** Starts a new page unless `height` points fit below the current position. */
export function keepTogether(doc: Pdf, height: number): void {
  if (spaceLeft(doc) < height) doc.addPage()
}

const SIZES = { 1: 22, 2: 16, 3: 12, 4: 10.5 } as const

export function heading(doc: Pdf, level: keyof typeof SIZES, text: string, options: PDFKit.Mixins.TextOptions = {}): void {
  keepTogether(doc, SIZES[level] * 4)
  doc.moveDown(level <= 2 ? 0.6 : 0.4)
  doc
    .font('Helvetica-Bold')
    .fontSize(SIZES[level])
    .fillColor('black')
    .text(pdfText(text), doc.page.margins.left, doc.y, { width: contentWidth(doc), ...options })
  doc.moveDown(0.25)
}

export function paragraph(doc: Pdf, text: string, options: { bold?: boolean; size?: number; colour?: string } = {}): void {
  doc
    .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(options.size ?? 10)
    .fillColor(options.colour ?? 'black')
    .text(pdfText(text), doc.page.margins.left, doc.y, { width: contentWidth(doc) })
  doc.moveDown(0.3)
}

/** A table with a header row, `widths` in points per column. */
export function table(doc: Pdf, rows: string[][], widths: number[], at = { x: doc.page.margins.left, y: doc.y }): void {
  doc.font('Helvetica').fontSize(9).fillColor('black')
  doc.table({
    position: at,
    columnStyles: widths,
    rowStyles: (row) => (row === 0 ? { backgroundColor: '#e8eef4', font: { src: 'Helvetica-Bold' } } : {}),
    defaultStyle: { border: 0.5, borderColor: '#999999', padding: 3 },
    data: rows.map((row) => row.map(pdfText)),
  })
}

/** "Sida 3 av 12" at the foot of every page. */
export function numberPages(doc: Pdf): void {
  const { start, count } = doc.bufferedPageRange()
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index)
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#555555')
      .text(`Sida ${index + 1} av ${count}`, doc.page.margins.left, doc.page.height - bottom / 2, {
        width: contentWidth(doc),
        align: 'center',
        lineBreak: false,
      })
    doc.page.margins.bottom = bottom
  }
}
