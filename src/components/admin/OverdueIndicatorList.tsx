import styles from './FollowUpDashboard.module.css'
import type { OverdueIndicator } from './overdue-indicators'
import type { DashboardTexts } from './texts'

type Props = { indicators: OverdueIndicator[]; texts: DashboardTexts }

/** For strategists: the indicators whose next value is late, each linking to its edit page, with the day it was due. */
export function OverdueIndicatorList({ indicators, texts }: Props) {
  return (
    <section className={styles.panel} data-dashboard-part="overdue-indicators">
      <h2>{texts.overdue(indicators.length)}</h2>
      {indicators.length === 0 ? (
        <p>{texts.noOverdue}</p>
      ) : (
        <ul className={styles.disagreements}>
          {indicators.map((indicator) => (
            <li key={indicator.href}>
              <a href={indicator.href}>{indicator.name}</a>
              <span className={styles.details}>{texts.due(indicator.due)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
