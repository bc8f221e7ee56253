import { queryApi } from '../api-client/client'
import { NEWS_TEASER } from '../api-client/fragments'
import type { PublicHomeQuery, PublicHomeQueryVariables } from '../api-client/operations'
import { apiLocale, type Lang } from './lang'

export const HOME_NEWS_COUNT = 3

export const PUBLIC_HOME = /* GraphQL */ `
  query PublicHome($newsCount: Int!, $locale: Locale = SV) {
    programmes(locale: $locale) {
      slug
      title
      description(format: TEXT)
      years
    }
    news(first: $newsCount, locale: $locale) {
      edges {
        node {
          ...NewsTeaser
        }
      }
    }
  }
  ${NEWS_TEASER}
`

export type PublicHome = { programmes: PublicHomeQuery['programmes']; news: Array<PublicHomeQuery['news']['edges'][number]['node']> }

/** The programmes with their follow-up years, and the latest news. */
export async function fetchPublicHome(lang: Lang = 'sv'): Promise<PublicHome> {
  const data = await queryApi<PublicHomeQuery, PublicHomeQueryVariables>(PUBLIC_HOME, {
    newsCount: HOME_NEWS_COUNT,
    locale: apiLocale(lang),
  })
  return { programmes: data.programmes, news: data.news.edges.map((edge) => edge.node) }
}
