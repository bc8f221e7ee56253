import { statusLabel } from '@/src/app/labels'
import styles from '../follow-up.module.css'
import type { PublicFollowUpReport } from '../follow-up-query'
import { statusesPerFocusArea } from '../follow-up-texts'

/** How many goals of each focus area have each status, as a table (the printed counterpart of the status bars). */
export function FocusAreaStatusTable({ report }: { report: PublicFollowUpReport }) {
  const { statuses, rows } = statusesPerFocusArea(report)
  return (
    <table className={styles.table}>
      <caption>Etappmål per status och fokusområde {report.year}</caption>
      <thead>
        <tr>
          <th scope="col">Fokusområde</th>
          {statuses.map((status) => (
            <th key={status} scope="col">
              {statusLabel(status)}
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
