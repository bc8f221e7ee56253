import { goalMetadata, MilestoneGoalRoute } from './GoalRoute'
import type { GoalPageProps } from './goal-query'

export const generateMetadata = (props: GoalPageProps) => goalMetadata(props, 'sv')

export default function SwedishGoalPage(props: GoalPageProps) {
  return <MilestoneGoalRoute {...props} lang="sv" />
}
