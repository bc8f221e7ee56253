import type { Lang } from '@/src/app/(public)/lang'
import { focusAreaAnchor, goalAnchor } from '@/src/app/(public)/paths'
import type { PublicFollowUpReport } from '../follow-up-query'
import { FOLLOW_UP_TEXTS, focusAreaTitle } from '../follow-up-texts'
import styles from './report.module.css'

/** The report's table of contents: the totals, then each focus area with its goals' codes. */
export function ReportContents({ focusAreas, lang = 'sv' }: { focusAreas: PublicFollowUpReport['focusAreas']; lang?: Lang }) {
  return (
    <nav aria-labelledby="innehall-rubrik" className={styles.contents}>
      <h2 id="innehall-rubrik">{FOLLOW_UP_TEXTS[lang].contents}</h2>
      <ol>
        <li>
          <a href="#sammanfattning">{FOLLOW_UP_TEXTS[lang].summary}</a>
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
