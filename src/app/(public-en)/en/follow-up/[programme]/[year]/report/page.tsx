import type { FollowUpPageProps } from '@/src/app/(public)/uppfoljning/[programme]/[year]/follow-up-query'
import { ReportPage, reportMetadata } from '@/src/app/(public)/uppfoljning/[programme]/[year]/rapport/ReportPage'

export const generateMetadata = (props: FollowUpPageProps) => reportMetadata(props, 'en')

export default function EnglishReportPage(props: FollowUpPageProps) {
  return <ReportPage {...props} lang="en" />
}
