import type { GoalStatus } from '../../api-client/operations'
import { statusLabel } from '../../labels'
import type { Lang } from '../lang'
import styles from './StatusLabel.module.css'
import { statusAppearance } from './status-appearance'

/** A goal's status as a coloured badge with a symbol and its name, as the admin names it. */
export function StatusLabel({ status, lang = 'sv' }: { status: GoalStatus; lang?: Lang }) {
  const { className, symbol } = statusAppearance(status)
  return (
    <span className={`${styles.label} ${className}`}>
      <span aria-hidden="true">{symbol}</span>
      {statusLabel(status, lang)}
    </span>
  )
}
