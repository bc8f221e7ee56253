import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { SEARCH_PARAMS, searchPath } from '../paths'
import { hitPath } from './hit-link'
import { Snippet } from './Snippet'
import styles from './search.module.css'
import { fetchSearchPage, MAX_QUERY_LENGTH } from './search-query'
import { SEARCH_TEXTS } from './texts'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = { title: 'Sök' }

const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined

/** One search box over milestone goals, actions, indicators and news (?q=), in Swedish or English (?lang=en), a page at a time. */
export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const query = (firstValue(params[SEARCH_PARAMS.query]) ?? '').trim().slice(0, MAX_QUERY_LENGTH)
  const english = firstValue(params[SEARCH_PARAMS.language]) === 'en'
  const after = firstValue(params[SEARCH_PARAMS.after])
  const before = firstValue(params[SEARCH_PARAMS.before])
  const texts = SEARCH_TEXTS[english ? 'en' : 'sv']
  const page = query ? await fetchSearchPage({ query, english, after, before }) : null
  if (query && !page) notFound()

  return (
    <div lang={texts.lang}>
      <h1>{texts.heading}</h1>
      <search>
        <form method="get" action="/sok" className={styles.form}>
          <div>
            <label htmlFor="sokord">{texts.label}</label>
            <input id="sokord" type="search" name={SEARCH_PARAMS.query} defaultValue={query} maxLength={MAX_QUERY_LENGTH} />
          </div>
          <div className={styles.language}>
            <input id="sprak" type="checkbox" name={SEARCH_PARAMS.language} value="en" defaultChecked={english} />
            <label htmlFor="sprak" lang="sv">
              {SEARCH_TEXTS.sv.languageLabel}
              <span lang="en"> ({SEARCH_TEXTS.en.languageLabel})</span>
            </label>
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
                const path = hitPath(node)
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
                    <a href={searchPath({ query, english, before: page.pageInfo.startCursor })} rel="prev">
                      {texts.previous}
                    </a>
                  </li>
                )}
                {page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
                  <li>
                    <a href={searchPath({ query, english, after: page.pageInfo.endCursor })} rel="next">
                      {texts.next}
                    </a>
                  </li>
                )}
              </ul>
            </nav>
          )}
        </>
      )}
    </div>
  )
}
