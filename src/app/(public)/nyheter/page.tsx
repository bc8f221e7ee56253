import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { NewsList } from '../components/NewsList'
import { NEWS_LIST_PARAMS, newsListPath } from '../paths'
import styles from './news.module.css'
import { fetchNewsListPage } from './news-list-query'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = { title: 'Nyheter' }

const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined

const countText = (count: number) => (count === 1 ? '1 nyhet' : `${count} nyheter`)

/** Published news, newest first, a page at a time, filtered by focus area through the address (?omrade=slug). */
export default async function NewsPage({ searchParams }: Props) {
  const params = await searchParams
  const focusArea = firstValue(params[NEWS_LIST_PARAMS.focusArea])
  const after = firstValue(params[NEWS_LIST_PARAMS.after])
  const page = await fetchNewsListPage({ focusArea, after })
  const chosen = page?.focusAreas.find((area) => area.slug === focusArea)
  if (!page || (focusArea && !chosen)) notFound()

  return (
    <>
      <h1>Nyheter</h1>
      <form method="get" action="/nyheter" className={styles.filter}>
        <div>
          <label htmlFor="omrade">Fokusområde</label>
          <select id="omrade" name={NEWS_LIST_PARAMS.focusArea} defaultValue={focusArea ?? ''}>
            <option value="">Alla fokusområden</option>
            {page.focusAreas.map((area) => (
              <option key={area.slug} value={area.slug}>
                {area.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Visa nyheter</button>
      </form>
      <p>
        {countText(page.totalCount)}
        {chosen && ` om ${chosen.title}`}
      </p>
      {page.items.length > 0 ? <NewsList items={page.items} headingLevel={2} /> : <p>Det finns inga nyheter här.</p>}
      {(page.pageInfo.hasPreviousPage || page.pageInfo.hasNextPage) && (
        <nav aria-label="Bläddra bland nyheterna">
          <ul className={styles.pages}>
            {page.pageInfo.hasPreviousPage && (
              <li>
                <a href={newsListPath({ focusArea })}>Till de senaste nyheterna</a>
              </li>
            )}
            {page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
              <li>
                <a href={newsListPath({ focusArea, after: page.pageInfo.endCursor })} rel="next">
                  Äldre nyheter
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  )
}
