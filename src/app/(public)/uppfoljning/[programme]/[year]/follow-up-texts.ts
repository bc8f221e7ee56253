/** Sentences of a year's follow-up that the page, the print page and the PDF write alike. */
import { formatShare } from '@/src/app/(public)/format'
import type { GoalStatus, StatusChange } from '@/src/app/api-client/operations'
import { changeLabel, statusLabel } from '@/src/app/labels'

/** E.g. "Jämfört med 2019: Försämrad (2019: På väg att uppnås)". */
export function changeSinceLastYear(goal: { previousStatus: GoalStatus | null; change: StatusChange }, year: number): string {
  const earlier = goal.previousStatus && goal.change !== 'UNCHANGED' ? ` (${year - 1}: ${statusLabel(goal.previousStatus)})` : ''
  return `Jämfört med ${year - 1}: ${changeLabel(goal.change)}${earlier}`
}

/** E.g. "12 av 14". */
export const assessedOfGoals = ({ assessedCount, goalCount }: { assessedCount: number; goalCount: number }) =>
  `${assessedCount} av ${goalCount}`

/** E.g. "63 % av de bedömda", or "Inga bedömningar" when no goal was assessed. */
export const shareOfAssessed = (share: number | null) => (share === null ? 'Inga bedömningar' : `${formatShare(share)} av de bedömda`)

export const ASSESSED_HEADING = 'Bedömda etappmål'
export const SHARE_HEADING = 'Uppnådda eller på väg att uppnås'

/** What an action's report of the year says, or that it has none. */
export const actionUpdateOfYear = (update: string | null, year: number) => update ?? `Ingen rapport för ${year}.`

export const indicatorsHeading = (count: number) => (count === 1 ? 'Indikator' : 'Indikatorer')

/** E.g. "2. Hållbar stadsutveckling". */
export const focusAreaTitle = ({ order, title }: { order: number; title: string }) => `${order}. ${title}`

type StatusCounts = Array<{ status: GoalStatus; count: number }>

/** The year's statuses (in the totals' order) and each focus area's number of goals with each. */
export function statusesPerFocusArea(report: {
  statusCounts: StatusCounts
  focusAreas: Array<{ focusArea: { order: number; title: string }; statusCounts: StatusCounts }>
}): { statuses: GoalStatus[]; rows: Array<{ title: string; counts: number[] }> } {
  const statuses = report.statusCounts.map(({ status }) => status)
  const rows = report.focusAreas.map(({ focusArea, statusCounts }) => ({
    title: focusAreaTitle(focusArea),
    counts: statuses.map((status) => statusCounts.find((entry) => entry.status === status)?.count ?? 0),
  }))
  return { statuses, rows }
}
