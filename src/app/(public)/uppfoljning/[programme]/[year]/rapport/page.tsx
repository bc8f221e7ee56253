import type { FollowUpPageProps } from '../follow-up-query'
import { ReportPage, reportMetadata } from './ReportPage'

export const generateMetadata = (props: FollowUpPageProps) => reportMetadata(props, 'sv')

export default function SwedishReportPage(props: FollowUpPageProps) {
  return <ReportPage {...props} lang="sv" />
}
