import { focusAreaAnchor, goalAnchor } from '@/src/app/(public)/paths'
import type { PublicFollowUpReport } from '../follow-up-query'
import { focusAreaTitle } from '../follow-up-texts'
import styles from './report.module.css'

/** The report's table of contents: the totals, then each focus area with its goals' codes. */
export function ReportContents({ focusAreas }: { focusAreas: PublicFollowUpReport['focusAreas'] }) {
  return (
    <nav aria-labelledby="innehall-rubrik" className={styles.contents}>
      <h2 id="innehall-rubrik">Innehåll</h2>
      <ol>
        <li>
          <a href="#sammanfattning">Sammanfattning</a>
        </li>
        {focusAreas.map(({ focusArea, goals }) => (
          <li key={focusArea.slug}>
            <a href={`#${focusAreaAnchor(focusArea.slug)}`}>{focusAreaTitle(focusArea)}</a>
            {' – etappmål '}
            {goals.map(({ milestoneGoal }, index) => (
              <span key={milestoneGoal.id}>
                {index > 0 && ', '}
                <a href={`#${goalAnchor(milestoneGoal.code)}`}>{milestoneGoal.code}</a>
              </span>
            ))}
          </li>
        ))}
      </ol>
    </nav>
  )
}
