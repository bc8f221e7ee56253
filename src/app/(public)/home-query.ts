import { queryApi } from '../api-client/client'
import { NEWS_TEASER } from '../api-client/fragments'
import type { PublicHomeQuery, PublicHomeQueryVariables } from '../api-client/operations'

export const HOME_NEWS_COUNT = 3

export const PUBLIC_HOME = /* GraphQL */ `
  query PublicHome($newsCount: Int!) {
    programmes {
      slug
      title
      description(format: TEXT)
      years
    }
    news(first: $newsCount) {
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
export async function fetchPublicHome(): Promise<PublicHome> {
  const data = await queryApi<PublicHomeQuery, PublicHomeQueryVariables>(PUBLIC_HOME, { newsCount: HOME_NEWS_COUNT })
  return { programmes: data.programmes, news: data.news.edges.map((edge) => edge.node) }
}
