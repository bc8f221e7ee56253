import { StatusLabel } from '@/src/app/(public)/components/StatusLabel'
import { formatShare } from '@/src/app/(public)/format'
import styles from './follow-up.module.css'
import type { PublicFollowUpReport } from './follow-up-query'

type Props = Pick<PublicFollowUpReport, 'year' | 'goalCount' | 'assessedCount' | 'shareAchievedOrOnTrack' | 'statusCounts'>

/** The year's totals: how many goals were assessed, the share achieved or on track, and the goals per status. */
export function FollowUpTotals({ year, goalCount, assessedCount, shareAchievedOrOnTrack, statusCounts }: Props) {
  return (
    <>
      <dl className={styles.figures}>
        <div>
          <dt>Bedömda etappmål</dt>
          <dd>
            {assessedCount} av {goalCount}
          </dd>
        </div>
        <div>
          <dt>Uppnådda eller på väg att uppnås</dt>
          <dd>{shareAchievedOrOnTrack === null ? 'Inga bedömningar' : `${formatShare(shareAchievedOrOnTrack)} av de bedömda`}</dd>
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
