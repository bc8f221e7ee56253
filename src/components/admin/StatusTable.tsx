import { GOAL_STATUSES, type StatusCount } from '../../figures'
import styles from './FollowUpDashboard.module.css'
import type { FocusAreaTotals } from './follow-up-overview'
import type { DashboardTexts } from './texts'

type Props = { focusAreas: FocusAreaTotals[]; total: StatusCount[]; texts: DashboardTexts }

const sum = (counts: StatusCount[]) => counts.reduce((total, { count }) => total + count, 0)

function CountCells({ counts }: { counts: StatusCount[] }) {
  return (
    <>
      {counts.map(({ status, count }) => (
        <td key={status}>{count}</td>
      ))}
      <td>{sum(counts)}</td>
    </>
  )
}

/** Goals per status and focus area, statuses named in the column headings. */
export function StatusTable({ focusAreas, total, texts }: Props) {
  return (
    <div className={styles.tableScroller}>
      <table className={styles.table}>
        <caption>{texts.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{texts.focusArea}</th>
            {GOAL_STATUSES.map((status) => (
              <th key={status} scope="col">
                {texts.status(status)}
              </th>
            ))}
            <th scope="col">{texts.total}</th>
          </tr>
        </thead>
        <tbody>
          {focusAreas.map(({ title, counts }) => (
            <tr key={title}>
              <th scope="row">{title}</th>
              <CountCells counts={counts} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{texts.total}</th>
            <CountCells counts={total} />
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
