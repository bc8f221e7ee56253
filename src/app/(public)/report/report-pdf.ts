/**
 * The council's report of a year's follow-up as a PDF: title, contents, totals, and a section per
 * focus area on a new page with each goal. Drawn by PDFKit in Node, without a browser.
 */
import { statusLabel } from '@/src/app/labels'
import { focusAreaAnchor } from '../paths'
import type { PublicFollowUp } from '../uppfoljning/[programme]/[year]/follow-up-query'
import {
  ASSESSED_HEADING,
  assessedOfGoals,
  focusAreaTitle,
  SHARE_HEADING,
  shareOfAssessed,
  statusesPerFocusArea,
} from '../uppfoljning/[programme]/[year]/follow-up-texts'
import { goalSection } from './pdf-goal'
import { contentWidth, createPdf, heading, numberPages, type Pdf, paragraph, pdfBytes, table } from './pdf-layout'
import { pdfText } from './pdf-text'

type FocusAreaReport = PublicFollowUp['report']['focusAreas'][number]

const destination = ({ focusArea }: FocusAreaReport) => focusAreaAnchor(focusArea.slug)

const CONTENTS_LINE = 16

/** The contents: each focus area linking to its section, with the page it starts on (unknown in a first pass). */
function writeContents(doc: Pdf, report: PublicFollowUp['report'], startPages: number[] | null): void {
  const left = doc.page.margins.left
  const width = contentWidth(doc)
  doc.font('Helvetica').fontSize(11).fillColor('black')
  report.focusAreas.forEach((focusArea, index) => {
    const y = doc.y
    doc.text(pdfText(focusAreaTitle(focusArea.focusArea)), left, y, { width: width - 50, goTo: destination(focusArea), lineBreak: false })
    if (startPages) doc.text(String(startPages[index] + 1), left + width - 50, y, { width: 50, align: 'right', lineBreak: false })
    doc.y = y + CONTENTS_LINE
  })
}

function totals(doc: Pdf, { report }: PublicFollowUp): void {
  heading(doc, 2, 'Sammanfattning')
  paragraph(doc, `${ASSESSED_HEADING}: ${assessedOfGoals(report)}`)
  paragraph(doc, `${SHARE_HEADING}: ${shareOfAssessed(report.shareAchievedOrOnTrack)}`)
  heading(doc, 4, `Etappmål per status ${report.year}`)
  table(
    doc,
    [['Status', 'Antal etappmål'], ...report.statusCounts.map(({ status, count }) => [statusLabel(status), String(count)])],
    [200, 100],
  )
  heading(doc, 4, 'Etappmål per status och fokusområde')
  const { statuses, rows } = statusesPerFocusArea(report)
  table(
    doc,
    [['Fokusområde', ...statuses.map((status) => statusLabel(status))], ...rows.map(({ title, counts }) => [title, ...counts.map(String)])],
    [contentWidth(doc) - statuses.length * 62, ...statuses.map(() => 62)],
  )
}

/** Lays the report out; `startPages` are the focus areas' first pages (0-based) for the contents, known after a first pass. */
function layOut(followUp: PublicFollowUp, startPages: number[] | null): { doc: Pdf; startPages: number[] } {
  const { programme, report } = followUp
  const doc = createPdf(`Uppföljning ${report.year} – ${programme.title}`)
  heading(doc, 1, `Uppföljning ${report.year}`)
  paragraph(doc, programme.title, { size: 14 })
  heading(doc, 2, 'Innehåll')
  writeContents(doc, report, startPages)
  totals(doc, followUp)

  const pages = report.focusAreas.map((focusArea) => {
    doc.addPage()
    const page = doc.bufferedPageRange().count - 1
    doc.addNamedDestination(destination(focusArea))
    doc.outline.addItem(pdfText(focusAreaTitle(focusArea.focusArea)))
    heading(doc, 2, focusAreaTitle(focusArea.focusArea))
    paragraph(doc, `Mål: ${focusArea.focusArea.goal}`)
    for (const goal of focusArea.goals) goalSection(doc, goal, report.year)
    return page
  })
  return { doc, startPages: pages }
}

/**
 * The report's bytes. Laid out twice: the first pass finds the page each focus area starts on, the
 * second writes the contents with them in reading order (the contents take the same room in both).
 */
export async function renderReportPdf(followUp: PublicFollowUp): Promise<Buffer> {
  const { startPages } = layOut(followUp, null)
  const { doc } = layOut(followUp, startPages)
  numberPages(doc)
  return pdfBytes(doc)
}
