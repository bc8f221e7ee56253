/** What the API says of the seeded KMPP's 2020 follow-up, for the report's tests to compare with. */

import { queryApiAt } from '../../src/app/api-client/client'
import type { GoalStatus } from '../../src/app/api-client/operations'

export type SeededFocusArea = {
  focusArea: { slug: string; order: number; title: string }
  goals: Array<{ milestoneGoal: { code: string; text: string }; status: GoalStatus; indicators: Array<{ series: unknown[] }> }>
}

const QUERY = `{ programme(slug: "kmpp-2017") { followUp(year: 2020) { focusAreas {
  focusArea { slug order title } goals { milestoneGoal { code text } status indicators { series { year } } } } } } }`

/** The focus areas of the 2020 follow-up, from the API at `graphqlUrl` (a test's seeded API or the built app's /graphql). */
export async function seededFocusAreas(graphqlUrl: string): Promise<SeededFocusArea[]> {
  const data = await queryApiAt<{ programme: { followUp: { focusAreas: SeededFocusArea[] } } }>(graphqlUrl, QUERY)
  return data.programme.followUp.focusAreas
}
