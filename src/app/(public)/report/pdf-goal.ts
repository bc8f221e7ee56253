/** One milestone goal in the report PDF: status, change, commentary, actions, and each indicator as a chart and a table of values. */
import type { PublicGoalFollowUpFragment } from '@/src/app/api-client/operations'
import { actionStateLabel, statusLabel } from '@/src/app/labels'
import { CHART_TEXTS, seriesSummary } from '../components/chart-texts'
import { seriesTrend } from '../components/series-trend'
import { formatNumber } from '../format'
import { actionUpdateOfYear, changeSinceLastYear, indicatorsHeading } from '../uppfoljning/[programme]/[year]/follow-up-texts'
import { CHART_FRAME, drawSeriesChart } from './pdf-chart'
import { heading, keepTogether, type Pdf, paragraph, table } from './pdf-layout'

type Indicator = PublicGoalFollowUpFragment['indicators'][number]

const names = (organisations: Array<{ name: string }>) => organisations.map((organisation) => organisation.name).join(', ')

function indicatorSection(doc: Pdf, indicator: Indicator): void {
  const valueRows = [['År', 'Värde'], ...indicator.series.map(({ year, value }) => [String(year), formatNumber(value)])]
  const rowHeight = 15
  keepTogether(doc, Math.max(CHART_FRAME.height, valueRows.length * rowHeight) + 60)
  paragraph(doc, `${indicator.name} (${indicator.unit})`, { bold: true })
  const top = doc.y
  const left = doc.page.margins.left
  drawSeriesChart(doc, indicator, left, top)
  table(doc, valueRows, [50, 80], { x: left + CHART_FRAME.width + 20, y: top })
  doc.y = Math.max(doc.y, top + CHART_FRAME.height) + 4
  paragraph(doc, seriesSummary(indicator, seriesTrend(indicator), CHART_TEXTS.sv).join(' '), { size: 8.5, colour: '#333333' })
}

export function goalSection(doc: Pdf, goal: PublicGoalFollowUpFragment, year: number): void {
  const { milestoneGoal, status, commentaryText, actions, indicators } = goal
  keepTogether(doc, 140)
  heading(doc, 3, `${milestoneGoal.code} ${milestoneGoal.text}`)
  paragraph(doc, `Bedömning ${year}: ${statusLabel(status)}`, { bold: true })
  paragraph(doc, changeSinceLastYear(goal, year))
  const responsible = milestoneGoal.responsible.length > 0 ? `. Ansvariga: ${names(milestoneGoal.responsible)}` : ''
  paragraph(doc, `Målår: ${milestoneGoal.targetYear}${responsible}`)
  if (commentaryText) paragraph(doc, commentaryText)
  if (actions.length > 0) {
    heading(doc, 4, `Åtgärder ${year}`)
    for (const action of actions) {
      keepTogether(doc, 50)
      paragraph(doc, `${action.title} (${actionStateLabel(action.state)})`, { bold: true })
      if (action.responsible.length > 0) paragraph(doc, `Ansvariga: ${names(action.responsible)}`)
      paragraph(doc, actionUpdateOfYear(action.update, year))
    }
  }
  if (indicators.length > 0) {
    heading(doc, 4, indicatorsHeading(indicators.length))
    for (const indicator of indicators) indicatorSection(doc, indicator)
  }
  doc.moveDown(0.8)
}
