import styles from './follow-up.module.css'

/** The year's pages' h1: "Uppföljning 2020" over the programme's title. */
export function FollowUpHeading({ year, programme }: { year: number; programme: string }) {
  return (
    <h1>
      Uppföljning {year}
      <span className={styles.programme}>{programme}</span>
    </h1>
  )
}
