import { StatusBar } from '@/src/app/(public)/components/StatusBar'
import { focusAreaAnchor } from '@/src/app/(public)/paths'
import styles from './follow-up.module.css'
import type { PublicFollowUpReport } from './follow-up-query'
import { focusAreaTitle } from './follow-up-texts'

/** Every focus area's goals per status as a bar, each linking to the focus area's goals. */
export function FocusAreaOverview({ focusAreas }: { focusAreas: PublicFollowUpReport['focusAreas'] }) {
  return (
    <ul className={styles.overview}>
      {focusAreas.map(({ focusArea, statusCounts }) => (
        <li key={focusArea.slug}>
          <p className={styles.overviewTitle}>
            <a href={`#${focusAreaAnchor(focusArea.slug)}`}>{focusAreaTitle(focusArea)}</a>
          </p>
          <StatusBar counts={statusCounts} />
        </li>
      ))}
    </ul>
  )
}
