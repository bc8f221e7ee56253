import styles from './FollowUpDashboard.module.css'
import type { Disagreement } from './follow-up-overview'
import type { DashboardTexts } from './texts'

type Props = { disagreements: Disagreement[]; texts: DashboardTexts }

/** The goals whose assessment contradicts their indicators, each linking to its assessment. */
export function DisagreementList({ disagreements, texts }: Props) {
  return (
    <>
      <h3>{texts.disagreements(disagreements.length)}</h3>
      {disagreements.length === 0 ? (
        <p>{texts.noDisagreements}</p>
      ) : (
        <ul className={styles.disagreements}>
          {disagreements.map((goal) => (
            <li key={goal.code}>
              <a href={goal.href}>
                {goal.code} {goal.text}
              </a>
              <span className={styles.details}>
                {texts.assessment}: {texts.status(goal.status)}. {texts.indicators}:{' '}
                {goal.indicators.map(({ name, progress }) => `${name} (${texts.progress(progress)})`).join(', ')}.
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
