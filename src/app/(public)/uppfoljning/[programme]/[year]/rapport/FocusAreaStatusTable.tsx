import type { Lang } from '@/src/app/(public)/lang'
import { statusLabel } from '@/src/app/labels'
import styles from '../follow-up.module.css'
import type { PublicFollowUpReport } from '../follow-up-query'
import { FOLLOW_UP_TEXTS, statusesPerFocusArea } from '../follow-up-texts'

/** How many goals of each focus area have each status, as a table (the printed counterpart of the status bars). */
export function FocusAreaStatusTable({ report, lang = 'sv' }: { report: PublicFollowUpReport; lang?: Lang }) {
  const { statuses, rows } = statusesPerFocusArea(report)
  return (
    <table className={styles.table}>
      <caption>
        {FOLLOW_UP_TEXTS[lang].perStatusAndFocusArea} {report.year}
      </caption>
      <thead>
        <tr>
          <th scope="col">{FOLLOW_UP_TEXTS[lang].focusArea}</th>
          {statuses.map((status) => (
            <th key={status} scope="col">
              {statusLabel(status, lang)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ title, counts }) => (
          <tr key={title}>
            <th scope="row">{title}</th>
            {counts.map((count, index) => (
              <td key={statuses[index]}>{count}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
