/** What a milestone goal's page says, in Swedish and in English. */
import type { GoalStatus, StatusChange } from '@/src/app/api-client/operations'
import { statusLabel } from '@/src/app/labels'

type Language = 'sv' | 'en'

const statusIn = (language: Language) => (status: GoalStatus) => statusLabel(status, language)

const period =
  (from: string) =>
  ({ startYear, endYear }: { startYear: number; endYear: number | null }) =>
    endYear === null ? `${from} ${startYear}` : endYear === startYear ? `${startYear}` : `${startYear}–${endYear}`

export const GOAL_TEXTS = {
  sv: {
    lang: 'sv',
    title: (code: string, programme: string) => `Etappmål ${code} – ${programme}`,
    notFound: 'Sidan finns inte',
    kicker: (programme: string) => `Etappmål i ${programme}`,
    focusArea: 'Fokusområde',
    targetYear: 'Målår',
    responsible: 'Ansvariga',
    latestStatus: (year: number) => `Senaste bedömning (${year})`,
    assessmentsHeading: 'Bedömningar år för år',
    noAssessments: 'Etappmålet har inte bedömts ännu.',
    followUpOfYear: (year: number) => `Hela uppföljningen ${year}`,
    change: {
      NEW: 'Första bedömningen',
      UNCHANGED: 'Oförändrad sedan året innan',
      REASSESSED: 'Inte jämförbar med året innan (ett av åren inte bedömt)',
      IMPROVED: 'Förbättrad sedan året innan',
      WORSENED: 'Försämrad sedan året innan',
    } satisfies Record<StatusChange, string>,
    previously: (year: number, status: string) => `${year}: ${status}`,
    indicatorsHeading: 'Indikatorer',
    noIndicators: 'Etappmålet följs inte upp med någon indikator.',
    actionsHeading: 'Åtgärder',
    noActions: 'Inga publicerade åtgärder arbetar mot etappmålet.',
    actionPeriod: period('från'),
    newsHeading: 'Nyheter om etappmålet',
    noNews: 'Inga nyheter handlar om etappmålet ännu.',
    status: statusIn('sv'),
  },
  en: {
    lang: 'en',
    title: (code: string, programme: string) => `Milestone goal ${code} – ${programme}`,
    notFound: 'Page not found',
    kicker: (programme: string) => `Milestone goal in ${programme}`,
    focusArea: 'Focus area',
    targetYear: 'Target year',
    responsible: 'Responsible',
    latestStatus: (year: number) => `Latest assessment (${year})`,
    assessmentsHeading: 'Assessments year by year',
    noAssessments: 'The goal has not been assessed yet.',
    followUpOfYear: (year: number) => `The whole follow-up of ${year}`,
    change: {
      NEW: 'First assessment',
      UNCHANGED: 'Unchanged since the year before',
      REASSESSED: 'Not comparable with the year before (one of the years not assessed)',
      IMPROVED: 'Improved since the year before',
      WORSENED: 'Worsened since the year before',
    } satisfies Record<StatusChange, string>,
    previously: (year: number, status: string) => `${year}: ${status}`,
    indicatorsHeading: 'Indicators',
    noIndicators: 'No indicator follows the goal up.',
    actionsHeading: 'Actions',
    noActions: 'No published actions work towards the goal.',
    actionPeriod: period('from'),
    newsHeading: 'News about the goal',
    noNews: 'No news is about the goal yet.',
    status: statusIn('en'),
  },
} as const

export type GoalTexts = (typeof GOAL_TEXTS)[Language]
