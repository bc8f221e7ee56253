import type { ActionState as State } from '../../api-client/operations'
import { actionStateLabel } from '../../labels'
import type { Lang } from '../lang'
import styles from './ActionState.module.css'

/** An action's state as a badge with its name (the text carries it; the border only groups). */
export function ActionState({ state, lang = 'sv' }: { state: State; lang?: Lang }) {
  return <span className={styles.state}>{actionStateLabel(state, lang)}</span>
}
