import type { GoalStatus } from '../../api-client/operations'
import { statusLabel } from '../../labels'
import styles from './StatusLabel.module.css'
import { statusAppearance } from './status-appearance'

/** A goal's status as a coloured badge with a symbol and its name, as the admin names it (in Swedish unless `label` is given). */
export function StatusLabel({ status, label = statusLabel(status) }: { status: GoalStatus; label?: string }) {
  const { className, symbol } = statusAppearance(status)
  return (
    <span className={`${styles.label} ${className}`}>
      <span aria-hidden="true">{symbol}</span>
      {label}
    </span>
  )
}
