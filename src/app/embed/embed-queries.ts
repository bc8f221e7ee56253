/** What the embeds read from /graphql, in the embed's language (English falls back to Swedish in the API). */
import { isValidYear } from '@/collections/fields/year'
import { nullWhenRefused, queryApi } from '@/src/app/api-client/client'
import { followUpOfYear } from '@/src/app/api-client/follow-up'
import { INDICATOR_CHART } from '@/src/app/api-client/fragments'
import type {
  EmbedGoalQuery,
  EmbedGoalQueryVariables,
  EmbedIndicatorQuery,
  EmbedIndicatorQueryVariables,
  EmbedSummaryQuery,
  EmbedSummaryQueryVariables,
} from '@/src/app/api-client/operations'
import { apiLocale, type EmbedLanguage } from './texts'

export const EMBED_GOAL = /* GraphQL */ `
  query EmbedGoal($programme: String!, $locale: Locale!) {
    programme(slug: $programme, locale: $locale) {
      slug
      title
      years
      milestoneGoals {
        code
        text
        targetYear
        assessments {
          year
          status
        }
        indicators {
          ...IndicatorChart
        }
      }
    }
  }
  ${INDICATOR_CHART}
`

export const EMBED_INDICATOR = /* GraphQL */ `
  query EmbedIndicator($id: ID!, $locale: Locale!) {
    indicator(id: $id, locale: $locale) {
      ...IndicatorChart
      latest {
        year
        value
      }
      milestoneGoals {
        code
        focusArea {
          programme {
            slug
            years
          }
        }
      }
    }
  }
  ${INDICATOR_CHART}
`

export const EMBED_SUMMARY = /* GraphQL */ `
  query EmbedSummary($programme: String!, $year: Int!, $locale: Locale!) {
    programme(slug: $programme, locale: $locale) {
      slug
      title
      years
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
          }
          statusCounts {
            status
            count
          }
        }
      }
    }
  }
`

type GoalProgramme = NonNullable<EmbedGoalQuery['programme']>
export type EmbeddedGoal = { programme: Pick<GoalProgramme, 'slug' | 'title' | 'years'>; goal: GoalProgramme['milestoneGoals'][number] }

/** A programme's milestone goal by its code; null when either is unknown. */
export async function fetchEmbeddedGoal(programme: string, code: string, language: EmbedLanguage): Promise<EmbeddedGoal | null> {
  const data = await queryApi<EmbedGoalQuery, EmbedGoalQueryVariables>(EMBED_GOAL, { programme, locale: apiLocale(language) }).catch(
    nullWhenRefused,
  )
  const found = data?.programme
  const goal = found?.milestoneGoals.find((candidate) => candidate.code === code)
  return found && goal ? { programme: { slug: found.slug, title: found.title, years: found.years }, goal } : null
}

export type EmbeddedIndicator = NonNullable<EmbedIndicatorQuery['indicator']>

export async function fetchEmbeddedIndicator(id: string, language: EmbedLanguage): Promise<EmbeddedIndicator | null> {
  const data = await queryApi<EmbedIndicatorQuery, EmbedIndicatorQueryVariables>(EMBED_INDICATOR, {
    id,
    locale: apiLocale(language),
  }).catch(nullWhenRefused)
  return data?.indicator ?? null
}

type SummaryProgramme = NonNullable<EmbedSummaryQuery['programme']>
export type EmbeddedSummary = {
  programme: Pick<SummaryProgramme, 'slug' | 'title' | 'years'>
  report: NonNullable<SummaryProgramme['followUp']>
}

/** A programme's published follow-up of a year; null when there is none. */
export async function fetchEmbeddedSummary(programme: string, year: number, language: EmbedLanguage): Promise<EmbeddedSummary | null> {
  if (!isValidYear(year)) return null
  const data = await queryApi<EmbedSummaryQuery, EmbedSummaryQueryVariables>(EMBED_SUMMARY, {
    programme,
    year,
    locale: apiLocale(language),
  }).catch(nullWhenRefused)
  return data && followUpOfYear(data.programme, year)
}
