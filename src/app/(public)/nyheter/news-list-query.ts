import { nullWhenRefused, queryApi } from '../../api-client/client'
import { NEWS_TEASER } from '../../api-client/fragments'
import type { PublicNewsListQuery, PublicNewsListQueryVariables } from '../../api-client/operations'
import { apiLocale, type Lang } from '../lang'

export const NEWS_PAGE_SIZE = 10

export const PUBLIC_NEWS_LIST = /* GraphQL */ `
  query PublicNewsList($first: Int!, $after: String, $focusArea: String, $locale: Locale = SV) {
    news(first: $first, after: $after, filter: { focusArea: $focusArea }, locale: $locale) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      edges {
        node {
          ...NewsTeaser
        }
      }
    }
    programmes(locale: $locale) {
      focusAreas {
        slug
        title
      }
    }
  }
  ${NEWS_TEASER}
`

export type NewsListPage = {
  items: Array<PublicNewsListQuery['news']['edges'][number]['node']>
  totalCount: number
  pageInfo: PublicNewsListQuery['news']['pageInfo']
  /** Every focus area of every programme, to filter by. */
  focusAreas: Array<{ slug: string; title: string }>
}

/**
 * A page of published news, newest first, optionally about one focus area; null when the API
 * refuses the cursor (one it did not give out, e.g. an edited address).
 */
export async function fetchNewsListPage(
  { after, focusArea }: { after?: string; focusArea?: string },
  lang: Lang = 'sv',
): Promise<NewsListPage | null> {
  const data = await queryApi<PublicNewsListQuery, PublicNewsListQueryVariables>(PUBLIC_NEWS_LIST, {
    first: NEWS_PAGE_SIZE,
    after: after ?? null,
    focusArea: focusArea ?? null,
    locale: apiLocale(lang),
  }).catch(nullWhenRefused)
  if (!data) return null
  return {
    items: data.news.edges.map((edge) => edge.node),
    totalCount: data.news.totalCount,
    pageInfo: data.news.pageInfo,
    focusAreas: data.programmes.flatMap((programme) => programme.focusAreas),
  }
}
