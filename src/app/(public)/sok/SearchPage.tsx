import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { LanguageSwitch } from '../components/LanguageSwitch'
import type { Lang } from '../lang'
import { type LanguagePaths, pageMetadata } from '../languages'
import { SEARCH_PARAMS, searchFormPath, searchPath } from '../paths'
import { hitPath } from './hit-link'
import { Snippet } from './Snippet'
import styles from './search.module.css'
import { fetchSearchPage, MAX_QUERY_LENGTH } from './search-query'
import { SEARCH_TEXTS } from './texts'

export type SearchPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined

async function searchOfPage({ searchParams }: SearchPageProps) {
  const params = await searchParams
  return {
    query: (firstValue(params[SEARCH_PARAMS.query]) ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    after: firstValue(params[SEARCH_PARAMS.after]),
    before: firstValue(params[SEARCH_PARAMS.before]),
    english: firstValue(params[SEARCH_PARAMS.language]) === 'en',
  }
}

/** The same query in the other language; a cursor belongs to one language's results, so it stays behind. */
function searchPaths(query: string): LanguagePaths {
  return query
    ? { sv: searchPath({ query }, 'sv'), en: searchPath({ query }, 'en') }
    : { sv: searchFormPath('sv'), en: searchFormPath('en') }
}

export async function searchMetadata(props: SearchPageProps, lang: Lang): Promise<Metadata> {
  return pageMetadata(SEARCH_TEXTS[lang].heading, searchPaths((await searchOfPage(props)).query), lang)
}

/** One search box over milestone goals, actions, indicators and news (?q=), in the page's language, a page at a time. */
export async function SearchPage({ lang, ...props }: SearchPageProps & { lang: Lang }) {
  const { query, after, before, english } = await searchOfPage(props)
  // The English search was once /sok?lang=en.
  if (english && lang === 'sv') permanentRedirect(query ? searchPath({ query, after, before }, 'en') : searchFormPath('en'))
  const texts = SEARCH_TEXTS[lang]
  const page = query ? await fetchSearchPage({ query, after, before }, lang) : null
  if (query && !page) notFound()

  return (
    <>
      <LanguageSwitch lang={lang} paths={searchPaths(query)} />
      <h1>{texts.heading}</h1>
      <search>
        <form method="get" action={searchFormPath(lang)} className={styles.form}>
          <div>
            <label htmlFor="sokord">{texts.label}</label>
            <input id="sokord" type="search" name={SEARCH_PARAMS.query} defaultValue={query} maxLength={MAX_QUERY_LENGTH} />
          </div>
          <button type="submit">{texts.button}</button>
        </form>
      </search>
      {page && (
        <>
          <p aria-live="polite">{texts.count(page.totalCount, query)}</p>
          {page.hits.length > 0 ? (
            <ol className={styles.hits}>
              {page.hits.map(({ cursor, node, snippet }) => {
                const path = hitPath(node, lang)
                return (
                  <li key={cursor} className={styles.hit}>
                    <p className={styles.kind}>{texts.kinds[node.__typename]}</p>
                    <h2 className={styles.title}>{path ? <a href={path}>{node.title}</a> : node.title}</h2>
                    <Snippet snippet={snippet} />
                  </li>
                )
              })}
            </ol>
          ) : (
            <p>{texts.none}</p>
          )}
          {(page.pageInfo.hasPreviousPage || page.pageInfo.hasNextPage) && (
            <nav aria-label={texts.paging}>
              <ul className={styles.pages}>
                {page.pageInfo.hasPreviousPage && page.pageInfo.startCursor && (
                  <li>
                    <a href={searchPath({ query, before: page.pageInfo.startCursor }, lang)} rel="prev">
                      {texts.previous}
                    </a>
                  </li>
                )}
                {page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
                  <li>
                    <a href={searchPath({ query, after: page.pageInfo.endCursor }, lang)} rel="next">
                      {texts.next}
                    </a>
                  </li>
                )}
              </ul>
            </nav>
          )}
        </>
      )}
    </>
  )
}
