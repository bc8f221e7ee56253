import type { GoalStatus } from '../../api-client/operations'
import type { Lang } from '../lang'
import styles from './StatusBar.module.css'
import { StatusLabel } from './StatusLabel'
import { statusAppearance } from './status-appearance'

type StatusCount = { status: GoalStatus; count: number }

/**
 * The goals per status as a stacked bar, each segment as wide as its count, and the same counts
 * as a legend in words. The bar only repeats the legend, so screen readers skip it.
 */
export function StatusBar({ counts, lang = 'sv' }: { counts: StatusCount[]; lang?: Lang }) {
  const present = counts.filter(({ count }) => count > 0)
  return (
    <div>
      <div className={styles.bar} aria-hidden="true">
        {present.map(({ status, count }) => {
          const { className, symbol } = statusAppearance(status)
          return (
            <span key={status} className={`${styles.segment} ${className}`} style={{ flexGrow: count }}>
              {symbol} {count}
            </span>
          )
        })}
      </div>
      <ul className={styles.legend}>
        {present.map(({ status, count }) => (
          <li key={status}>
            <StatusLabel status={status} lang={lang} /> {count}{' '}
            {lang === 'en' ? (count === 1 ? 'milestone goal' : 'milestone goals') : 'etappmål'}
          </li>
        ))}
      </ul>
    </div>
  )
}
