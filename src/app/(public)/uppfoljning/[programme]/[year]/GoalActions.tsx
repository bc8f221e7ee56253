import { ActionState } from '@/src/app/(public)/components/ActionState'
import { OrganisationLinks } from '@/src/app/(public)/components/OrganisationLinks'
import type { Lang } from '@/src/app/(public)/lang'
import type { ActionOfYearFragment } from '@/src/app/api-client/operations'
import styles from './follow-up.module.css'
import { actionUpdateOfYear, FOLLOW_UP_TEXTS } from './follow-up-texts'

/** A goal's actions in the follow-up's year: each with its state, who carries it out and what was done that year. */
export function GoalActions({ actions, year, lang = 'sv' }: { actions: ActionOfYearFragment[]; year: number; lang?: Lang }) {
  if (actions.length === 0) return null
  const texts = FOLLOW_UP_TEXTS[lang]
  return (
    <>
      <h4>
        {texts.actions} {year}
      </h4>
      <ul className={styles.actions}>
        {actions.map((action) => (
          <li key={action.slug}>
            <p className={styles.actionTitle}>
              {action.title} <ActionState state={action.state} lang={lang} />
            </p>
            {action.responsible.length > 0 && (
              <p>
                {texts.responsible}: <OrganisationLinks organisations={action.responsible} lang={lang} />
              </p>
            )}
            <p>{actionUpdateOfYear(action.update, year, lang)}</p>
          </li>
        ))}
      </ul>
    </>
  )
}
