import type { ReactNode } from 'react'

import type { ActionState as State } from '../../api-client/operations'
import type { Lang } from '../lang'
import styles from './ActionCard.module.css'
import { ActionState } from './ActionState'

type CardAction = {
  slug: string
  title: string
  state: State
  description?: string | null
  updates: Array<{ year: number; text: string }>
}

/** An action as a card: its title, state and period, what else the page tells of it, its description and what was done each year. */
export function ActionCard({
  action,
  period,
  lang = 'sv',
  children,
}: {
  action: CardAction
  /** When it runs, in words, e.g. "2018–2021". */
  period: string
  lang?: Lang
  /** More facts on the state's line, e.g. its goals. */
  children?: ReactNode
}) {
  const heading = `atgard-${action.slug}`
  return (
    <article className={styles.action} aria-labelledby={heading}>
      <h3 id={heading}>{action.title}</h3>
      <p>
        <ActionState state={action.state} lang={lang} /> <span className={styles.detail}>{period}</span>
        {children}
      </p>
      {action.description?.split(/\n{2,}/).map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {action.updates.length > 0 && (
        <dl className={styles.updates}>
          {action.updates.map((update) => (
            <div key={update.year}>
              <dt>{update.year}</dt>
              <dd>{update.text}</dd>
            </div>
          ))}
        </dl>
      )}
    </article>
  )
}
