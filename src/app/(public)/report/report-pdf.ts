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

/** The contents, written last into the room kept for it on the first page, once each section's page is known. */
function writeContents(doc: Pdf, top: number, sections: Array<{ focusArea: FocusAreaReport; page: number }>): void {
  doc.switchToPage(0)
  const left = doc.page.margins.left
  const width = contentWidth(doc)
  doc.font('Helvetica').fontSize(11).fillColor('black')
  sections.forEach(({ focusArea, page }, index) => {
    const y = top + index * CONTENTS_LINE
    doc.text(pdfText(focusAreaTitle(focusArea.focusArea)), left, y, { width: width - 50, goTo: destination(focusArea), lineBreak: false })
    doc.text(String(page + 1), left + width - 50, y, { width: 50, align: 'right', lineBreak: false })
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
    [['Fokusområde', ...statuses.map(statusLabel)], ...rows.map(({ title, counts }) => [title, ...counts.map(String)])],
    [contentWidth(doc) - statuses.length * 62, ...statuses.map(() => 62)],
  )
}

export async function renderReportPdf(followUp: PublicFollowUp): Promise<Buffer> {
  const { programme, report } = followUp
  const title = `Uppföljning ${report.year} – ${programme.title}`
  const doc = createPdf(title)
  heading(doc, 1, `Uppföljning ${report.year}`)
  paragraph(doc, programme.title, { size: 14 })
  heading(doc, 2, 'Innehåll')
  const contentsTop = doc.y
  doc.y += report.focusAreas.length * CONTENTS_LINE
  totals(doc, followUp)

  const sections = report.focusAreas.map((focusArea) => {
    doc.addPage()
    const page = doc.bufferedPageRange().count - 1
    doc.addNamedDestination(destination(focusArea))
    doc.outline.addItem(pdfText(focusAreaTitle(focusArea.focusArea)))
    heading(doc, 2, focusAreaTitle(focusArea.focusArea))
    paragraph(doc, `Mål: ${focusArea.focusArea.goal}`)
    for (const goal of focusArea.goals) goalSection(doc, goal, report.year)
    return { focusArea, page }
  })
  writeContents(doc, contentsTop, sections)
  numberPages(doc)
  return pdfBytes(doc)
}
