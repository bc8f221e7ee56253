/** An indicator's series as a small vector line chart in a PDF, laid out by the web page's chart geometry. */
import { type ChartFrame, seriesGeometry } from '../components/chart-geometry'
import type { DescribedSeries } from '../components/describe-series'
import { formatNumber } from '../format'
import { pdfText } from './pdf-text'

export const CHART_FRAME: ChartFrame = { width: 300, height: 130, margin: { top: 22, right: 12, bottom: 18, left: 48 } }

const LINE = '#1f4e79'
const TARGET = '#8a5a00'
const AXIS = '#555555'
const GRID = '#d9dee3'

/** Draws the chart with its top left corner at (left, top), in PDF points. */
export function drawSeriesChart(doc: PDFKit.PDFDocument, indicator: DescribedSeries, left: number, top: number): void {
  const { plot, points, target, valueTicks, yearTicks } = seriesGeometry(indicator.series, indicator.target, CHART_FRAME)
  const at = (x: number, y: number): [number, number] => [left + x, top + y]
  doc.save()
  doc.font('Helvetica').fontSize(7).fillColor(AXIS)
  const label = (text: string, x: number, y: number, align: 'left' | 'right') => {
    const width = 60
    const [textX, textY] = at(align === 'right' ? x - width : x, y)
    doc.text(pdfText(text), textX, textY, { width, align, lineBreak: false })
  }
  if (points.length > 0) {
    label(indicator.unit, 0, 2, 'left')
    for (const { value, y } of valueTicks) {
      label(formatNumber(value), plot.left - 4, y - 3, 'right')
      doc
        .strokeColor(GRID)
        .lineWidth(0.5)
        .moveTo(...at(plot.left, y))
        .lineTo(...at(plot.right, y))
        .stroke()
    }
    doc.fillColor(AXIS)
    for (const { year, x } of yearTicks) {
      // Centred under its place, the labels at the plot's edges kept inside the frame.
      const width = 30
      const textLeft = Math.min(Math.max(x - width / 2, plot.left), plot.right - width)
      const [textX, textY] = at(textLeft, plot.bottom + 4)
      doc.text(String(year), textX, textY, {
        width,
        align: x <= plot.left ? 'left' : x >= plot.right ? 'right' : 'center',
        lineBreak: false,
      })
    }
  }
  // The axes over the grid.
  doc
    .lineWidth(0.75)
    .strokeColor(AXIS)
    .moveTo(...at(plot.left, plot.top))
    .lineTo(...at(plot.left, plot.bottom))
    .lineTo(...at(plot.right, plot.bottom))
    .stroke()
  if (target) {
    doc
      .strokeColor(TARGET)
      .dash(3, { space: 2 })
      .moveTo(...at(target.x1, target.y))
      .lineTo(...at(target.x2, target.y))
      .stroke()
      .undash()
    doc.circle(...at(target.x, target.y), 3).stroke()
    doc.fillColor(TARGET)
    label(`Mål ${formatNumber(target.value)}`, target.x1 + 4, target.y - 10, 'left')
  }
  if (points.length > 0) {
    doc.strokeColor(LINE).lineWidth(1.5)
    const [first, ...rest] = points
    doc.moveTo(...at(first.x, first.y))
    for (const point of rest) doc.lineTo(...at(point.x, point.y))
    doc.stroke()
    for (const point of points) doc.circle(...at(point.x, point.y), 2).fill(LINE)
  }
  doc.restore()
}
