import type { Lang } from '@/src/app/(public)/lang'
import { focusAreaAnchor } from '@/src/app/(public)/paths'
import styles from './follow-up.module.css'
import type { PublicFollowUpReport } from './follow-up-query'
import { FOLLOW_UP_TEXTS, focusAreaTitle } from './follow-up-texts'
import { GoalFollowUp } from './GoalFollowUp'

type Props = {
  area: PublicFollowUpReport['focusAreas'][number]
  /** The programme's slug. */
  programme: string
  year: number
  className: string
  /** Each indicator's values as a table under its chart, as the printed report has them. */
  valueTables?: boolean
  /** Each goal's "Bädda in". */
  embed?: { origin: string }
  lang?: Lang
}

/** A focus area of the year's follow-up: its title, its overall goal, and each of its milestone goals. */
export function FocusAreaSection({
  area: { focusArea, goals },
  programme,
  year,
  className,
  valueTables = false,
  embed,
  lang = 'sv',
}: Props) {
  return (
    <section aria-labelledby={focusAreaAnchor(focusArea.slug)} className={className}>
      <h2 id={focusAreaAnchor(focusArea.slug)}>{focusAreaTitle(focusArea)}</h2>
      <p className={styles.focusAreaGoal}>
        <strong>{FOLLOW_UP_TEXTS[lang].goal}</strong> {focusArea.goal}
      </p>
      {goals.map((goal) => (
        <GoalFollowUp
          key={goal.milestoneGoal.id}
          goal={goal}
          programme={programme}
          year={year}
          valueTables={valueTables}
          embed={embed}
          lang={lang}
        />
      ))}
    </section>
  )
}
