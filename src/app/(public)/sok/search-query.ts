import { nullWhenRefused, queryApi } from '../../api-client/client'
import type { PublicSearchQuery, PublicSearchQueryVariables } from '../../api-client/operations'
import { apiLocale, type Lang } from '../lang'

export const SEARCH_PAGE_SIZE = 10

/** Where a goal is shown: its page, by its programme and code. */
const SEARCH_GOAL_PLACE = /* GraphQL */ `
  fragment SearchGoalPlace on MilestoneGoal {
    code
    focusArea {
      programme {
        slug
      }
    }
  }
`

export const PUBLIC_SEARCH = /* GraphQL */ `
  query PublicSearch($query: String!, $first: Int, $after: String, $last: Int, $before: String, $locale: Locale) {
    search(query: $query, first: $first, after: $after, last: $last, before: $before, locale: $locale) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        snippet {
          text
          matches {
            start
            end
          }
        }
        node {
          __typename
          ... on MilestoneGoal {
            id
            title: text
            ...SearchGoalPlace
          }
          ... on Action {
            id
            title
            milestoneGoals {
              ...SearchGoalPlace
            }
          }
          ... on Indicator {
            id
            title: name
            milestoneGoals {
              ...SearchGoalPlace
            }
          }
          ... on NewsItem {
            id
            title
            slug
          }
        }
      }
    }
  }
  ${SEARCH_GOAL_PLACE}
`

export type SearchHit = PublicSearchQuery['search']['edges'][number]
export type SearchPage = Omit<PublicSearchQuery['search'], 'edges'> & { hits: SearchHit[] }

/** The longest query the API takes (TEXT_LIMITS.search; tests/public/search-page.test.ts keeps them equal); a longer one is cut there. */
export const MAX_QUERY_LENGTH = 200

/** A page of search results; null when the API refuses the cursor (one it did not give out, e.g. an edited address). */
export async function fetchSearchPage(
  { query, after, before }: { query: string; after?: string; before?: string },
  lang: Lang,
): Promise<SearchPage | null> {
  const data = await queryApi<PublicSearchQuery, PublicSearchQueryVariables>(PUBLIC_SEARCH, {
    query: query.slice(0, MAX_QUERY_LENGTH),
    locale: apiLocale(lang),
    first: before ? null : SEARCH_PAGE_SIZE,
    after: before ? null : (after ?? null),
    last: before ? SEARCH_PAGE_SIZE : null,
    before: before ?? null,
  }).catch(nullWhenRefused)
  if (!data) return null
  const { edges, ...rest } = data.search
  return { ...rest, hits: edges }
}
