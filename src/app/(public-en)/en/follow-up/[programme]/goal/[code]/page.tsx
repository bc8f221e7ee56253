import { goalMetadata, MilestoneGoalRoute } from '@/src/app/(public)/uppfoljning/[programme]/mal/[code]/GoalRoute'
import type { GoalPageProps } from '@/src/app/(public)/uppfoljning/[programme]/mal/[code]/goal-query'

export const generateMetadata = (props: GoalPageProps) => goalMetadata(props, 'en')

export default function EnglishGoalPage(props: GoalPageProps) {
  return <MilestoneGoalRoute {...props} lang="en" />
}
