/** Sentences of a year's follow-up that the page, the print page and the PDF write alike, in Swedish or English. */
import { formatShare } from '@/src/app/(public)/format'
import type { Lang } from '@/src/app/(public)/lang'
import type { GoalStatus, StatusChange } from '@/src/app/api-client/operations'
import { changeLabel, statusLabel } from '@/src/app/labels'

/** What the year's pages say around the content. */
export const FOLLOW_UP_TEXTS = {
  sv: {
    followUp: 'Uppföljning',
    years: 'Uppföljningsår',
    summary: 'Sammanfattning',
    openData: 'Ladda ner uppföljningen som öppna data:',
    actionsOfYear: 'årets åtgärder:',
    report: 'Rapporten till kommunfullmäktige:',
    forPrint: 'för utskrift',
    perFocusArea: 'Status per fokusområde',
    news: 'Nyheter om uppföljningen',
    goalsPerStatus: 'Etappmål per status',
    status: 'Status',
    goalCount: 'Antal etappmål',
    goal: 'Mål:',
    assessment: 'Bedömning',
    targetYear: 'Målår',
    responsible: 'Ansvariga',
    actions: 'Åtgärder',
    milestoneGoal: 'Etappmål',
    reportTitle: 'Rapport: uppföljning',
    reportIntro: 'Rapporten till kommunfullmäktige, för utskrift.',
    downloadPdf: 'Ladda ner som PDF',
    backToFollowUp: 'Tillbaka till uppföljningen',
    contents: 'Innehåll',
    perStatusAndFocusArea: 'Etappmål per status och fokusområde',
    focusArea: 'Fokusområde',
  },
  en: {
    followUp: 'Follow-up',
    years: 'Follow-up years',
    summary: 'Summary',
    openData: 'Download the follow-up as open data:',
    actionsOfYear: "the year's actions:",
    report: 'The report to the municipal council:',
    forPrint: 'for print',
    perFocusArea: 'Status per focus area',
    news: 'News about the follow-up',
    goalsPerStatus: 'Milestone goals per status',
    status: 'Status',
    goalCount: 'Number of milestone goals',
    goal: 'Goal:',
    assessment: 'Assessment',
    targetYear: 'Target year',
    responsible: 'Responsible',
    actions: 'Actions',
    milestoneGoal: 'Milestone goal',
    reportTitle: 'Report: follow-up',
    reportIntro: 'The report to the municipal council, for print.',
    downloadPdf: 'Download as PDF (in Swedish)',
    backToFollowUp: 'Back to the follow-up',
    contents: 'Contents',
    perStatusAndFocusArea: 'Milestone goals per status and focus area',
    focusArea: 'Focus area',
  },
} as const satisfies Record<Lang, Record<string, string>>

/** E.g. "Jämfört med 2019: Försämrad (2019: På väg att uppnås)". */
export function changeSinceLastYear(
  goal: { previousStatus: GoalStatus | null; change: StatusChange },
  year: number,
  lang: Lang = 'sv',
): string {
  const earlier = goal.previousStatus && goal.change !== 'UNCHANGED' ? ` (${year - 1}: ${statusLabel(goal.previousStatus, lang)})` : ''
  return `${lang === 'en' ? 'Compared with' : 'Jämfört med'} ${year - 1}: ${changeLabel(goal.change, lang)}${earlier}`
}

/** E.g. "12 av 14". */
export const assessedOfGoals = ({ assessedCount, goalCount }: { assessedCount: number; goalCount: number }, lang: Lang = 'sv') =>
  `${assessedCount} ${lang === 'en' ? 'of' : 'av'} ${goalCount}`

/** E.g. "63 % av de bedömda", or "Inga bedömningar" when no goal was assessed. */
export const shareOfAssessed = (share: number | null, lang: Lang = 'sv') => {
  if (lang === 'en') return share === null ? 'No assessments' : `${formatShare(share, lang)} of those assessed`
  return share === null ? 'Inga bedömningar' : `${formatShare(share)} av de bedömda`
}

export const ASSESSED_HEADING = 'Bedömda etappmål'
export const SHARE_HEADING = 'Uppnådda eller på väg att uppnås'
export const TOTALS_HEADINGS: Record<Lang, { assessed: string; share: string }> = {
  sv: { assessed: ASSESSED_HEADING, share: SHARE_HEADING },
  en: { assessed: 'Milestone goals assessed', share: 'Achieved or on track' },
}

/** What an action's report of the year says, or that it has none. */
export const actionUpdateOfYear = (update: string | null, year: number, lang: Lang = 'sv') =>
  update ?? (lang === 'en' ? `No report for ${year}.` : `Ingen rapport för ${year}.`)

export const indicatorsHeading = (count: number, lang: Lang = 'sv') =>
  lang === 'en' ? (count === 1 ? 'Indicator' : 'Indicators') : count === 1 ? 'Indikator' : 'Indikatorer'

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
