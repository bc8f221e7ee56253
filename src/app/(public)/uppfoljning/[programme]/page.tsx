import { type LatestFollowUpProps, redirectToLatestFollowUp } from './latest-follow-up'

export default function SwedishLatestFollowUp(props: LatestFollowUpProps) {
  return redirectToLatestFollowUp(props, 'sv')
}
