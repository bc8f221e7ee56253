import type { GoalStatus } from '../../api-client/operations'
import { statusLabelIn } from '../../labels'
import styles from './StatusLabel.module.css'
import { statusAppearance } from './status-appearance'

/** A goal's status as a coloured badge with a symbol and its name, as the admin names it. */
export function StatusLabel({ status, language = 'sv' }: { status: GoalStatus; language?: 'sv' | 'en' }) {
  const { className, symbol } = statusAppearance(status)
  return (
    <span className={`${styles.label} ${className}`}>
      <span aria-hidden="true">{symbol}</span>
      {statusLabelIn(status, language)}
    </span>
  )
}
