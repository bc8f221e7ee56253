import { cache } from 'react'

import { apiLocale, type Lang } from '@/src/app/(public)/lang'
import { nullWhenRefused, queryApi } from '@/src/app/api-client/client'
import { INDICATOR_CHART, INDICATOR_PROVENANCE, NEWS_TEASER } from '@/src/app/api-client/fragments'
import type {
  PublicGoalNewsQuery,
  PublicGoalNewsQueryVariables,
  PublicGoalQuery,
  PublicGoalQueryVariables,
} from '@/src/app/api-client/operations'

export const PUBLIC_GOAL = /* GraphQL */ `
  query PublicGoal($programme: String!, $code: String!, $locale: Locale = SV) {
    programme(slug: $programme, locale: $locale) {
      slug
      title
      years
      milestoneGoal(code: $code) {
        id
        code
        text
        targetYear
        focusArea {
          slug
          title
          order
        }
        responsible {
          slug
          name
        }
        assessments {
          year
          status
          previousStatus
          change
          commentary
        }
        indicators {
          ...IndicatorChart
          ...IndicatorProvenance
        }
        actions {
          slug
          title
          state
          startYear
          endYear
          description(format: TEXT)
          responsible {
            slug
            name
          }
          updates {
            year
            text
          }
        }
      }
    }
  }
  ${INDICATOR_CHART}
  ${INDICATOR_PROVENANCE}
`

// A goal's news in one page: the newest, as many as the API gives at once.
export const PUBLIC_GOAL_NEWS = /* GraphQL */ `
  query PublicGoalNews($goal: ID!, $locale: Locale = SV) {
    news(filter: { milestoneGoal: $goal }, first: 100, locale: $locale) {
      edges {
        node {
          ...NewsTeaser
        }
      }
    }
  }
  ${NEWS_TEASER}
`

type FoundProgramme = NonNullable<PublicGoalQuery['programme']>
export type PublicGoal = NonNullable<FoundProgramme['milestoneGoal']>
export type PublicGoalPage = {
  programme: Pick<FoundProgramme, 'slug' | 'title' | 'years'>
  goal: PublicGoal
  news: Array<PublicGoalNewsQuery['news']['edges'][number]['node']>
}

/**
 * A programme's milestone goal by its code, with its news, in the language asked for (Swedish where
 * a text has no English); null when either is unknown. Cached per request.
 */
export const fetchPublicGoal = cache(async (programme: string, code: string, lang: Lang = 'sv'): Promise<PublicGoalPage | null> => {
  const locale = apiLocale(lang)
  const data = await queryApi<PublicGoalQuery, PublicGoalQueryVariables>(PUBLIC_GOAL, { programme, code, locale }).catch(nullWhenRefused)
  const goal = data?.programme?.milestoneGoal
  if (!data?.programme || !goal) return null
  const news = await queryApi<PublicGoalNewsQuery, PublicGoalNewsQueryVariables>(PUBLIC_GOAL_NEWS, { goal: goal.id, locale })
  return { programme: data.programme, goal, news: news.news.edges.map((edge) => edge.node) }
})

export type GoalPageProps = { params: Promise<{ programme: string; code: string }> }

export async function goalOfPage({ params }: GoalPageProps, lang: Lang = 'sv'): Promise<PublicGoalPage | null> {
  const { programme, code } = await params
  return fetchPublicGoal(programme, code, lang)
}
