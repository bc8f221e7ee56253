import { StatusBar } from '@/src/app/(public)/components/StatusBar'
import type { Lang } from '@/src/app/(public)/lang'
import { focusAreaAnchor } from '@/src/app/(public)/paths'
import styles from './follow-up.module.css'
import type { PublicFollowUpReport } from './follow-up-query'
import { focusAreaTitle } from './follow-up-texts'

/** Every focus area's goals per status as a bar, each linking to the focus area's goals. */
export function FocusAreaOverview({ focusAreas, lang = 'sv' }: { focusAreas: PublicFollowUpReport['focusAreas']; lang?: Lang }) {
  return (
    <ul className={styles.overview}>
      {focusAreas.map(({ focusArea, statusCounts }) => (
        <li key={focusArea.slug}>
          <p className={styles.overviewTitle}>
            <a href={`#${focusAreaAnchor(focusArea.slug)}`}>{focusAreaTitle(focusArea)}</a>
          </p>
          <StatusBar counts={statusCounts} lang={lang} />
        </li>
      ))}
    </ul>
  )
}
