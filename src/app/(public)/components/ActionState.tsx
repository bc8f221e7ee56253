import type { ActionState as State } from '../../api-client/operations'
import { actionStateLabel } from '../../labels'
import styles from './ActionState.module.css'

/** An action's state as a badge with its Swedish name (the text carries it; the border only groups). */
export function ActionState({ state }: { state: State }) {
  return <span className={styles.state}>{actionStateLabel(state)}</span>
}
