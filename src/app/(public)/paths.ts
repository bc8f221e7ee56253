/** The addresses of the public pages. */
export const followUpPath = (programme: string, year: number) => `/uppfoljning/${encodeURIComponent(programme)}/${year}`

/** The year's report laid out for print, and the same as a PDF: /uppfoljning/kmpp-2017/2020/rapport and rapport.pdf */
export const followUpReportPath = (programme: string, year: number, format: 'print' | 'pdf') =>
  `${followUpPath(programme, year)}/${format === 'pdf' ? 'rapport.pdf' : 'rapport'}`

/** A milestone goal's page, with its assessments of every year, e.g. /uppfoljning/kmpp-2017/mal/1.2 */
export const goalPath = (programme: string, code: string) => `/uppfoljning/${encodeURIComponent(programme)}/mal/${encodeURIComponent(code)}`

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
export const organisationPath = (slug: string) => `/organisationer/${encodeURIComponent(slug)}`

/** An indicator's series as open data, e.g. /export/indicator/{id}.csv */
export const indicatorExportPath = (id: string, extension: 'csv' | 'json') => `/export/indicator/${encodeURIComponent(id)}.${extension}`

export const newsItemPath = (slug: string) => `/nyheter/${encodeURIComponent(slug)}`

/** Search parameters of the news list: the focus area filter and the page's cursor. */
export const NEWS_LIST_PARAMS = { focusArea: 'omrade', after: 'efter' } as const

export function newsListPath({ focusArea, after }: { focusArea?: string; after?: string }): string {
  const params = new URLSearchParams()
  if (focusArea) params.set(NEWS_LIST_PARAMS.focusArea, focusArea)
  if (after) params.set(NEWS_LIST_PARAMS.after, after)
  const query = params.toString()
  return query ? `/nyheter?${query}` : '/nyheter'
}

/** Search parameters of the search page: the query, English results, and the page's cursor either way. */
export const SEARCH_PARAMS = { query: 'q', language: 'lang', after: 'efter', before: 'fore' } as const

export function searchPath({
  query,
  english,
  after,
  before,
}: {
  query: string
  english?: boolean
  after?: string
  before?: string
}): string {
  const params = new URLSearchParams({ [SEARCH_PARAMS.query]: query })
  if (english) params.set(SEARCH_PARAMS.language, 'en')
  if (after) params.set(SEARCH_PARAMS.after, after)
  if (before) params.set(SEARCH_PARAMS.before, before)
  return `/sok?${params}`
}

/** The accessibility statement in each language it is written in. */
export const ACCESSIBILITY_PATHS = { sv: '/tillganglighet', en: '/en/accessibility' } as const
