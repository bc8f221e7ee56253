import { FollowUpPage, followUpMetadata } from '@/src/app/(public)/uppfoljning/[programme]/[year]/FollowUpPage'
import type { FollowUpPageProps } from '@/src/app/(public)/uppfoljning/[programme]/[year]/follow-up-query'

export const generateMetadata = (props: FollowUpPageProps) => followUpMetadata(props, 'en')

export default function EnglishFollowUpPage(props: FollowUpPageProps) {
  return <FollowUpPage {...props} lang="en" />
}
