import { cache } from 'react'

import { isValidYear } from '@/collections/fields/year'
import { apiLocale, type Lang } from '@/src/app/(public)/lang'
import { nullWhenRefused, queryApi } from '@/src/app/api-client/client'
import { followUpOfYear } from '@/src/app/api-client/follow-up'
import { ACTION_OF_YEAR, FOLLOW_UP_PROGRAMME, INDICATOR_CHART, INDICATOR_PROVENANCE } from '@/src/app/api-client/fragments'
import type { PublicFollowUpQuery, PublicFollowUpQueryVariables } from '@/src/app/api-client/operations'

export const PUBLIC_FOLLOW_UP = /* GraphQL */ `
  query PublicFollowUp($programme: String!, $year: Int!, $locale: Locale = SV) {
    programme(slug: $programme, locale: $locale) {
      ...FollowUpProgramme
      followUp(year: $year) {
        year
        goalCount
        assessedCount
        shareAchievedOrOnTrack
        statusCounts {
          status
          count
        }
        focusAreas {
          focusArea {
            slug
            title
            order
            goal
          }
          statusCounts {
            status
            count
          }
          goals {
            ...PublicGoalFollowUp
          }
        }
        news {
          slug
          title
          publishedAt
        }
      }
    }
  }

  fragment PublicGoalFollowUp on GoalFollowUp {
    milestoneGoal {
      id
      code
      text
      targetYear
      responsible {
        slug
        name
      }
    }
    status
    previousStatus
    change
    commentary
    commentaryText: commentary(format: TEXT)
    indicators {
      ...IndicatorChart
      ...IndicatorProvenance
    }
    actions {
      ...ActionOfYear
    }
  }
  ${FOLLOW_UP_PROGRAMME}
  ${INDICATOR_CHART}
  ${INDICATOR_PROVENANCE}
  ${ACTION_OF_YEAR}
`

type FoundProgramme = NonNullable<PublicFollowUpQuery['programme']>
export type PublicFollowUpReport = NonNullable<FoundProgramme['followUp']>
export type PublicFollowUp = { programme: Pick<FoundProgramme, 'slug' | 'title' | 'years'>; report: PublicFollowUpReport }

/**
 * A programme's published follow-up of one year; null when the programme is unknown or has no
 * published assessment that year, with its texts in the language asked for (Swedish where a text has
 * no English). Cached per request, for the page and its metadata.
 */
export const fetchPublicFollowUp = cache(
  async (programme: string, yearParam: string, lang: Lang = 'sv'): Promise<PublicFollowUp | null> => {
    const year = Number(yearParam)
    if (!/^\d{4}$/.test(yearParam) || !isValidYear(year)) return null
    const data = await queryApi<PublicFollowUpQuery, PublicFollowUpQueryVariables>(PUBLIC_FOLLOW_UP, {
      programme,
      year,
      locale: apiLocale(lang),
    }).catch(nullWhenRefused)
    return data && followUpOfYear(data.programme, year)
  },
)

/** The route parameters of the year's pages (the follow-up and its report). */
export type FollowUpPageProps = { params: Promise<{ programme: string; year: string }> }

/** The follow-up a page of the year shows, from its route parameters. */
export async function followUpOfPage({ params }: FollowUpPageProps, lang: Lang = 'sv'): Promise<PublicFollowUp | null> {
  const { programme, year } = await params
  return fetchPublicFollowUp(programme, year, lang)
}
