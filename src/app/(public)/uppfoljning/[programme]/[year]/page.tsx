import { FollowUpPage, followUpMetadata } from './FollowUpPage'
import type { FollowUpPageProps } from './follow-up-query'

export const generateMetadata = (props: FollowUpPageProps) => followUpMetadata(props, 'sv')

export default function SwedishFollowUpPage(props: FollowUpPageProps) {
  return <FollowUpPage {...props} lang="sv" />
}
