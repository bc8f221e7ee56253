import { StatusLabel } from '@/src/app/(public)/components/StatusLabel'
import styles from './follow-up.module.css'
import type { PublicFollowUpReport } from './follow-up-query'
import { ASSESSED_HEADING, assessedOfGoals, SHARE_HEADING, shareOfAssessed } from './follow-up-texts'

type Props = Pick<PublicFollowUpReport, 'year' | 'goalCount' | 'assessedCount' | 'shareAchievedOrOnTrack' | 'statusCounts'>

/** The year's totals: how many goals were assessed, the share achieved or on track, and the goals per status. */
export function FollowUpTotals({ year, goalCount, assessedCount, shareAchievedOrOnTrack, statusCounts }: Props) {
  return (
    <>
      <dl className={styles.figures}>
        <div>
          <dt>{ASSESSED_HEADING}</dt>
          <dd>{assessedOfGoals({ assessedCount, goalCount })}</dd>
        </div>
        <div>
          <dt>{SHARE_HEADING}</dt>
          <dd>{shareOfAssessed(shareAchievedOrOnTrack)}</dd>
        </div>
      </dl>
      <table className={styles.table}>
        <caption>Etappmål per status {year}</caption>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Antal etappmål</th>
          </tr>
        </thead>
        <tbody>
          {statusCounts.map(({ status, count }) => (
            <tr key={status} data-status={status}>
              <th scope="row">
                <StatusLabel status={status} />
              </th>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
