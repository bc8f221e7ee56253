import { nullWhenRefused, queryApi } from '../api-client/client'
import { followUpOfYear } from '../api-client/follow-up'
import { ACTION_OF_YEAR, EXPORTED_INDICATOR, FOLLOW_UP_PROGRAMME } from '../api-client/fragments'
import type { ExportFollowUpQuery, ExportFollowUpQueryVariables } from '../api-client/operations'

export const EXPORT_FOLLOW_UP = /* GraphQL */ `
  query ExportFollowUp($programme: String!, $year: Int!) {
    programme(slug: $programme) {
      ...FollowUpProgramme
      followUp(year: $year) {
        year
        goals {
          milestoneGoal {
            code
            text
            targetYear
            focusArea {
              title
            }
          }
          status
          previousStatus
          change
          indicators {
            ...ExportedIndicator
          }
          actions {
            ...ActionOfYear
          }
        }
      }
    }
  }
  ${FOLLOW_UP_PROGRAMME}
  ${EXPORTED_INDICATOR}
  ${ACTION_OF_YEAR}
`

type ExportedProgramme = NonNullable<ExportFollowUpQuery['programme']>
export type ExportedReport = NonNullable<ExportedProgramme['followUp']>
export type ExportedGoal = ExportedReport['goals'][number]
export type ExportedFollowUp = { programme: Pick<ExportedProgramme, 'slug' | 'title' | 'years'>; report: ExportedReport }

/** A programme's published follow-up of one year; null when the programme is unknown or has no follow-up that year. */
export async function fetchExportedFollowUp(programme: string, year: number): Promise<ExportedFollowUp | null> {
  const data = await queryApi<ExportFollowUpQuery, ExportFollowUpQueryVariables>(EXPORT_FOLLOW_UP, { programme, year }).catch(
    nullWhenRefused,
  )
  return data && followUpOfYear(data.programme, year)
}
