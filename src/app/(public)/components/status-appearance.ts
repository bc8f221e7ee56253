import type { GoalStatus } from '../../api-client/operations'
import styles from './status.module.css'

const CLASS_NAMES: Record<GoalStatus, string> = {
  ACHIEVED: styles.achieved,
  ON_TRACK: styles.onTrack,
  AT_RISK: styles.atRisk,
  NOT_ACHIEVED: styles.notAchieved,
  NOT_ASSESSED: styles.notAssessed,
}

/** A shape beside the colour, so that statuses differ without colour too. */
const SYMBOLS: Record<GoalStatus, string> = {
  ACHIEVED: '✓',
  ON_TRACK: '→',
  AT_RISK: '!',
  NOT_ACHIEVED: '✕',
  NOT_ASSESSED: '–',
}

/** The class that sets --status-colour, and the status's symbol. */
export function statusAppearance(status: GoalStatus): { className: string; symbol: string } {
  return { className: CLASS_NAMES[status], symbol: SYMBOLS[status] }
}
