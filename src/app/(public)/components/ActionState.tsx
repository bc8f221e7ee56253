import type { ActionState as State } from '../../api-client/operations'
import { actionStateLabel } from '../../labels'
import styles from './ActionState.module.css'

/** An action's state as a badge with its name, Swedish unless `label` is given (the text carries it; the border only groups). */
export function ActionState({ state, label = actionStateLabel(state) }: { state: State; label?: string }) {
  return <span className={styles.state}>{label}</span>
}
