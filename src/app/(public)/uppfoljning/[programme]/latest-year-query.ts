import { nullWhenRefused, queryApi } from '@/src/app/api-client/client'
import type { PublicLatestYearQuery, PublicLatestYearQueryVariables } from '@/src/app/api-client/operations'

export const PUBLIC_LATEST_YEAR = /* GraphQL */ `
  query PublicLatestYear($programme: String!) {
    programme(slug: $programme) {
      years
    }
  }
`

/** The programme's latest year with a published follow-up; null when the programme is unknown or has none. */
export async function fetchLatestYear(programme: string): Promise<number | null> {
  const data = await queryApi<PublicLatestYearQuery, PublicLatestYearQueryVariables>(PUBLIC_LATEST_YEAR, { programme }).catch(
    nullWhenRefused,
  )
  return data?.programme?.years.at(-1) ?? null
}
