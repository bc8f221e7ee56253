import { ActionState } from '@/src/app/(public)/components/ActionState'
import { OrganisationLinks } from '@/src/app/(public)/components/OrganisationLinks'
import type { ActionOfYearFragment } from '@/src/app/api-client/operations'
import styles from './follow-up.module.css'
import { actionUpdateOfYear } from './follow-up-texts'

/** A goal's actions in the follow-up's year: each with its state, who carries it out and what was done that year. */
export function GoalActions({ actions, year }: { actions: ActionOfYearFragment[]; year: number }) {
  if (actions.length === 0) return null
  return (
    <>
      <h4>Åtgärder {year}</h4>
      <ul className={styles.actions}>
        {actions.map((action) => (
          <li key={action.slug}>
            <p className={styles.actionTitle}>
              {action.title} <ActionState state={action.state} />
            </p>
            {action.responsible.length > 0 && (
              <p>
                Ansvariga: <OrganisationLinks organisations={action.responsible} />
              </p>
            )}
            <p>{actionUpdateOfYear(action.update, year)}</p>
          </li>
        ))}
      </ul>
    </>
  )
}
