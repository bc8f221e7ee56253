import type { Lang } from '@/src/app/(public)/lang'
import styles from './follow-up.module.css'
import { FOLLOW_UP_TEXTS } from './follow-up-texts'

/** The year's pages' h1: "Uppföljning 2020" over the programme's title. */
export function FollowUpHeading({ year, programme, lang = 'sv' }: { year: number; programme: string; lang?: Lang }) {
  return (
    <h1>
      {FOLLOW_UP_TEXTS[lang].followUp} {year}
      <span className={styles.programme}>{programme}</span>
    </h1>
  )
}
