import { StatusLabel } from '@/src/app/(public)/components/StatusLabel'
import type { Lang } from '@/src/app/(public)/lang'
import styles from './follow-up.module.css'
import type { PublicFollowUpReport } from './follow-up-query'
import { assessedOfGoals, FOLLOW_UP_TEXTS, shareOfAssessed, TOTALS_HEADINGS } from './follow-up-texts'

type Props = Pick<PublicFollowUpReport, 'year' | 'goalCount' | 'assessedCount' | 'shareAchievedOrOnTrack' | 'statusCounts'> & {
  lang?: Lang
}

/** The year's totals: how many goals were assessed, the share achieved or on track, and the goals per status. */
export function FollowUpTotals({ year, goalCount, assessedCount, shareAchievedOrOnTrack, statusCounts, lang = 'sv' }: Props) {
  const texts = FOLLOW_UP_TEXTS[lang]
  return (
    <>
      <dl className={styles.figures}>
        <div>
          <dt>{TOTALS_HEADINGS[lang].assessed}</dt>
          <dd>{assessedOfGoals({ assessedCount, goalCount }, lang)}</dd>
        </div>
        <div>
          <dt>{TOTALS_HEADINGS[lang].share}</dt>
          <dd>{shareOfAssessed(shareAchievedOrOnTrack, lang)}</dd>
        </div>
      </dl>
      <table className={styles.table}>
        <caption>
          {texts.goalsPerStatus} {year}
        </caption>
        <thead>
          <tr>
            <th scope="col">{texts.status}</th>
            <th scope="col">{texts.goalCount}</th>
          </tr>
        </thead>
        <tbody>
          {statusCounts.map(({ status, count }) => (
            <tr key={status} data-status={status}>
              <th scope="row">
                <StatusLabel status={status} lang={lang} />
              </th>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
