import { type LatestFollowUpProps, redirectToLatestFollowUp } from '@/src/app/(public)/uppfoljning/[programme]/latest-follow-up'

export default function EnglishLatestFollowUp(props: LatestFollowUpProps) {
  return redirectToLatestFollowUp(props, 'en')
}
