/** Everything an embed says to its reader, in Swedish and English (`?lang=en`). */
import { formatNumber, formatShare } from '@/src/app/(public)/format'

export type EmbedLanguage = 'sv' | 'en'

/** The embed's language from its address: English with lang=en, Swedish otherwise. */
export const embedLanguage = (searchParams: URLSearchParams): EmbedLanguage => (searchParams.get('lang') === 'en' ? 'en' : 'sv')

/** The API's name of the language. */
export const apiLocale = (language: EmbedLanguage): 'EN' | 'SV' => (language === 'en' ? 'EN' : 'SV')

const englishNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 })
const englishShare = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 })

export const EMBED_TEXTS = {
  sv: {
    number: formatNumber,
    goalTitle: (code: string) => `Etappmål ${code}`,
    targetYear: 'Målår',
    latestStatus: (year: number) => `Bedömning ${year}:`,
    notYetAssessed: 'Inte bedömt i någon publicerad uppföljning än.',
    indicators: 'Indikatorer',
    latestValue: 'Senaste värde',
    target: 'Målvärde',
    noValue: 'inget värde ännu',
    noTarget: 'inget målvärde',
    inYear: (value: string, year: number) => `${value} (${year})`,
    summaryTitle: (year: number, programme: string) => `Uppföljning ${year} – ${programme}`,
    assessed: 'Bedömda etappmål',
    assessedOf: (assessed: number, total: number) => `${assessed} av ${total}`,
    share: 'Uppnådda eller på väg att uppnås',
    shareOf: (share: number | null) => (share === null ? 'Inga bedömningar' : `${formatShare(share)} av de bedömda`),
    perFocusArea: (year: number) => `Etappmål per status och fokusområde ${year}`,
    focusArea: 'Fokusområde',
    goalLink: 'Hela uppföljningen av etappmålet',
    indicatorLink: 'Etappmålets uppföljning',
    summaryLink: 'Hela uppföljningen',
    total: 'Alla fokusområden',
    notFound: 'Det finns inget sådant att bädda in.',
  },
  en: {
    number: (value: number) => englishNumber.format(value),
    goalTitle: (code: string) => `Milestone goal ${code}`,
    targetYear: 'Target year',
    latestStatus: (year: number) => `Assessment ${year}:`,
    notYetAssessed: 'Not yet assessed in a published follow-up.',
    indicators: 'Indicators',
    latestValue: 'Latest value',
    target: 'Target',
    noValue: 'no value yet',
    noTarget: 'no target',
    inYear: (value: string, year: number) => `${value} (${year})`,
    summaryTitle: (year: number, programme: string) => `Follow-up ${year} – ${programme}`,
    assessed: 'Milestone goals assessed',
    assessedOf: (assessed: number, total: number) => `${assessed} of ${total}`,
    share: 'Achieved or on track',
    shareOf: (share: number | null) => (share === null ? 'No assessments' : `${englishShare.format(share)} of those assessed`),
    perFocusArea: (year: number) => `Milestone goals per status and focus area ${year}`,
    focusArea: 'Focus area',
    goalLink: "The goal's full follow-up (in Swedish)",
    indicatorLink: "The goal's follow-up (in Swedish)",
    summaryLink: 'The full follow-up (in Swedish)',
    total: 'All focus areas',
    notFound: 'There is no such thing to embed.',
  },
} satisfies Record<EmbedLanguage, Record<string, unknown>>

export type EmbedTexts = (typeof EMBED_TEXTS)[EmbedLanguage]
