/** The addresses of the public pages, in Swedish and under /en in English. */
import type { Lang } from './lang'

const SECTIONS = {
  sv: {
    home: '/',
    followUp: '/uppfoljning',
    report: 'rapport',
    goal: 'mal',
    news: '/nyheter',
    organisations: '/organisationer',
    search: '/sok',
  },
  en: {
    home: '/en',
    followUp: '/en/follow-up',
    report: 'report',
    goal: 'goal',
    news: '/en/news',
    organisations: '/en/organisations',
    search: '/en/search',
  },
} as const satisfies Record<Lang, Record<string, string>>

export const homePath = (lang: Lang = 'sv') => SECTIONS[lang].home

/** A programme's address, which leads to its latest follow-up: /uppfoljning/kmpp-2017 or /en/follow-up/kmpp-2017 */
export const programmePath = (programme: string, lang: Lang = 'sv') => `${SECTIONS[lang].followUp}/${encodeURIComponent(programme)}`

export const followUpPath = (programme: string, year: number, lang: Lang = 'sv') => `${programmePath(programme, lang)}/${year}`

/**
 * The year's report laid out for print, and the same as a PDF: /uppfoljning/kmpp-2017/2020/rapport and rapport.pdf;
 * /en/follow-up/kmpp-2017/2020/report in English, whose PDF is the Swedish one.
 */
export const followUpReportPath = (programme: string, year: number, format: 'print' | 'pdf', lang: Lang = 'sv') =>
  format === 'pdf' ? `${followUpPath(programme, year)}/rapport.pdf` : `${followUpPath(programme, year, lang)}/${SECTIONS[lang].report}`

/** A milestone goal's page, with its assessments of every year, e.g. /uppfoljning/kmpp-2017/mal/1.2 or /en/follow-up/kmpp-2017/goal/1.2 */
export const goalPath = (programme: string, code: string, lang: Lang = 'sv') =>
  `${programmePath(programme, lang)}/${SECTIONS[lang].goal}/${encodeURIComponent(code)}`

/** The id of a focus area's section on the follow-up page and in the report, e.g. fokusomrade-hallbar-stadsutveckling. */
export const focusAreaAnchor = (slug: string) => `fokusomrade-${slug}`

/** The id of a goal's section on the follow-up page, e.g. etappmal-1-2 for goal 1.2. */
export const goalAnchor = (code: string) => `etappmal-${code.replace(/[^A-Za-z0-9]+/g, '-')}`

/** A year's follow-up as open data, e.g. /export/kmpp-2017/2020.csv */
export const followUpExportPath = (programme: string, year: number, extension: 'csv' | 'json') =>
  `/export/${encodeURIComponent(programme)}/${year}.${extension}`

/** A year's actions as open data, e.g. /export/kmpp-2017/2020-atgarder.csv */
export const actionsExportPath = (programme: string, year: number) => `/export/${encodeURIComponent(programme)}/${year}-atgarder.csv`

/** What an administration or company answers for, e.g. /organisationer/tornberget */
export const organisationPath = (slug: string, lang: Lang = 'sv') => `${SECTIONS[lang].organisations}/${encodeURIComponent(slug)}`

/** An indicator's series as open data, e.g. /export/indicator/{id}.csv */
export const indicatorExportPath = (id: string, extension: 'csv' | 'json') => `/export/indicator/${encodeURIComponent(id)}.${extension}`

export const newsItemPath = (slug: string, lang: Lang = 'sv') => `${SECTIONS[lang].news}/${encodeURIComponent(slug)}`

/** Search parameters of the news list: the focus area filter and the page's cursor. */
export const NEWS_LIST_PARAMS = { focusArea: 'omrade', after: 'efter' } as const

export function newsListPath({ focusArea, after }: { focusArea?: string; after?: string }, lang: Lang = 'sv'): string {
  const params = new URLSearchParams()
  if (focusArea) params.set(NEWS_LIST_PARAMS.focusArea, focusArea)
  if (after) params.set(NEWS_LIST_PARAMS.after, after)
  const query = params.toString()
  return query ? `${SECTIONS[lang].news}?${query}` : SECTIONS[lang].news
}

/**
 * Search parameters of the search page: the query, and the page's cursor either way; lang=en was
 * once the English search, and now leads to /en/search.
 */
export const SEARCH_PARAMS = { query: 'q', language: 'lang', after: 'efter', before: 'fore' } as const

export function searchPath({ query, after, before }: { query: string; after?: string; before?: string }, lang: Lang = 'sv'): string {
  const params = new URLSearchParams({ [SEARCH_PARAMS.query]: query })
  if (after) params.set(SEARCH_PARAMS.after, after)
  if (before) params.set(SEARCH_PARAMS.before, before)
  return `${SECTIONS[lang].search}?${params}`
}

/** The search page without a query, where the site's search box sends its query. */
export const searchFormPath = (lang: Lang = 'sv') => SECTIONS[lang].search

/** The news feed, in Swedish. */
export const NEWS_FEED_PATH = '/nyheter/feed.xml'

/** The accessibility statement in each language it is written in. */
export const ACCESSIBILITY_PATHS = { sv: '/tillganglighet', en: '/en/accessibility' } as const
