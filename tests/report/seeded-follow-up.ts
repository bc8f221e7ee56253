/** What the API says of the seeded KMPP's 2020 follow-up, for the report's tests to compare with. */
import type { GoalStatus } from '../../src/app/api-client/operations'
import { dataOf, type SeededApi } from '../helpers/graphql-seeded'

export type SeededFocusArea = {
  focusArea: { slug: string; order: number; title: string }
  goals: Array<{ milestoneGoal: { code: string; text: string }; status: GoalStatus; indicators: Array<{ series: unknown[] }> }>
}

const QUERY = `{ programme(slug: "kmpp-2017") { followUp(year: 2020) { focusAreas {
  focusArea { slug order title } goals { milestoneGoal { code text } status indicators { series { year } } } } } } }`

export async function seededFocusAreas(api: SeededApi): Promise<SeededFocusArea[]> {
  return dataOf(await api.post(QUERY)).programme.followUp.focusAreas
}
