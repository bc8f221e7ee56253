import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { LanguageSwitch } from '../components/LanguageSwitch'
import { NewsList } from '../components/NewsList'
import type { Lang } from '../lang'
import { type LanguagePaths, pageMetadata } from '../languages'
import { NEWS_LIST_PARAMS, newsListPath } from '../paths'
import styles from './news.module.css'
import { fetchNewsListPage } from './news-list-query'
import { NEWS_TEXTS } from './news-texts'

export type NewsListPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined

async function chosenFilter({ searchParams }: NewsListPageProps) {
  const params = await searchParams
  return { focusArea: firstValue(params[NEWS_LIST_PARAMS.focusArea]), after: firstValue(params[NEWS_LIST_PARAMS.after]) }
}

/** The same list in each language; the filter stays, and the cursor too, as the two lists hold the same items. */
const newsListPaths = (filter: { focusArea?: string; after?: string }): LanguagePaths => ({
  sv: newsListPath(filter, 'sv'),
  en: newsListPath(filter, 'en'),
})

export async function newsListMetadata(props: NewsListPageProps, lang: Lang): Promise<Metadata> {
  return pageMetadata(NEWS_TEXTS[lang].heading, newsListPaths(await chosenFilter(props)), lang)
}

/** Published news, newest first, a page at a time, filtered by focus area through the address (?omrade=slug). */
export async function NewsListPage({ lang, ...props }: NewsListPageProps & { lang: Lang }) {
  const filter = await chosenFilter(props)
  const { focusArea, after } = filter
  const page = await fetchNewsListPage({ focusArea, after }, lang)
  const chosen = page?.focusAreas.find((area) => area.slug === focusArea)
  if (!page || (focusArea && !chosen)) notFound()
  const texts = NEWS_TEXTS[lang]

  return (
    <>
      <LanguageSwitch lang={lang} paths={newsListPaths(filter)} />
      <h1>{texts.heading}</h1>
      <form method="get" action={newsListPath({}, lang)} className={styles.filter}>
        <div>
          <label htmlFor="omrade">{texts.focusArea}</label>
          <select id="omrade" name={NEWS_LIST_PARAMS.focusArea} defaultValue={focusArea ?? ''}>
            <option value="">{texts.allFocusAreas}</option>
            {page.focusAreas.map((area) => (
              <option key={area.slug} value={area.slug}>
                {area.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{texts.show}</button>
      </form>
      <p>
        {texts.count(page.totalCount)}
        {chosen && texts.about(chosen.title)}
      </p>
      {page.items.length > 0 ? <NewsList items={page.items} headingLevel={2} lang={lang} /> : <p>{texts.none}</p>}
      {(page.pageInfo.hasPreviousPage || page.pageInfo.hasNextPage) && (
        <nav aria-label={texts.paging}>
          <ul className={styles.pages}>
            {page.pageInfo.hasPreviousPage && (
              <li>
                <a href={newsListPath({ focusArea }, lang)}>{texts.latest}</a>
              </li>
            )}
            {page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
              <li>
                <a href={newsListPath({ focusArea, after: page.pageInfo.endCursor }, lang)} rel="next">
                  {texts.older}
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  )
}
