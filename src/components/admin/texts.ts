import { GOAL_STATUS_LABELS } from '@/collections/FollowUps/statuses'
import type { GoalStatus, ProgressStatus } from '../../figures'

export type Language = 'sv' | 'en'

const PROGRESS_LABELS: Record<ProgressStatus, Record<Language, string>> = {
  target_achieved: { sv: 'målvärdet nått', en: 'target reached' },
  substantial_progress: { sv: 'god utveckling', en: 'substantial progress' },
  moderate_progress: { sv: 'måttlig utveckling', en: 'moderate progress' },
  limited_progress: { sv: 'begränsad utveckling', en: 'limited progress' },
  deterioration: { sv: 'försämring', en: 'deterioration' },
  insufficient_data: { sv: 'för lite data', en: 'insufficient data' },
}

const TEXTS = {
  sv: {
    heading: (year: number, programme: string) => `Uppföljning ${year}: ${programme}`,
    intro: 'Det senaste året med uppföljningar. Utkast räknas med.',
    caption: 'Bedömningar per fokusområde',
    focusArea: 'Fokusområde',
    total: 'Totalt',
    disagreements: (count: number) => `Bedömning och data går isär (${count})`,
    noDisagreements: 'Inga etappmål där bedömning och data går isär.',
    assessment: 'Bedömning',
    indicators: 'Indikatorer',
    noFollowUps: 'Det finns inga uppföljningar ännu.',
    overdue: (count: number) => `Indikatorer som väntar på nya värden (${count})`,
    noOverdue: 'Inga indikatorer är sena med nya värden.',
    due: (day: string) => `Nästa värde väntades ${day}.`,
  },
  en: {
    heading: (year: number, programme: string) => `Follow-up ${year}: ${programme}`,
    intro: 'The latest year with follow-ups. Drafts included.',
    caption: 'Assessments per focus area',
    focusArea: 'Focus area',
    total: 'Total',
    disagreements: (count: number) => `Assessment and data disagree (${count})`,
    noDisagreements: 'No milestone goals where assessment and data disagree.',
    assessment: 'Assessment',
    indicators: 'Indicators',
    noFollowUps: 'There are no follow-ups yet.',
    overdue: (count: number) => `Indicators waiting for new values (${count})`,
    noOverdue: 'No indicator is late with new values.',
    due: (day: string) => `The next value was due on ${day}.`,
  },
}

export type DashboardTexts = (typeof TEXTS)[Language] & {
  status: (status: GoalStatus) => string
  progress: (progress: ProgressStatus) => string
}

/** The panel's texts in the admin's language (Swedish unless it is English). */
export function dashboardTexts(language: string): DashboardTexts {
  const lang: Language = language === 'en' ? 'en' : 'sv'
  return {
    ...TEXTS[lang],
    status: (status) => GOAL_STATUS_LABELS[status][lang],
    progress: (progress) => PROGRESS_LABELS[progress][lang],
  }
}
