import { EmbedCode } from '@/src/app/(public)/components/EmbedCode'
import { IndicatorFigure } from '@/src/app/(public)/components/IndicatorFigure'
import { OrganisationLinks } from '@/src/app/(public)/components/OrganisationLinks'
import { StatusLabel } from '@/src/app/(public)/components/StatusLabel'
import { goalAnchor, goalPath } from '@/src/app/(public)/paths'
import type { PublicGoalFollowUpFragment } from '@/src/app/api-client/operations'
import styles from './follow-up.module.css'
import { changeSinceLastYear, indicatorsHeading } from './follow-up-texts'
import { GoalActions } from './GoalActions'

/** One milestone goal in the year's follow-up: its status, the change, the commentary, its actions and its indicators' series. */
export function GoalFollowUp({
  goal,
  programme,
  year,
  valueTables = false,
  embed,
}: {
  goal: PublicGoalFollowUpFragment
  /** The programme's slug, for the link to the goal's page. */
  programme: string
  year: number
  /** The goal's "Bädda in", with the origin its code names. */
  embed?: { origin: string }
  /** Each indicator's values as a table under its chart too, as the printed report has them. */
  valueTables?: boolean
}) {
  const { milestoneGoal, status, commentary, indicators, actions } = goal
  return (
    <article id={goalAnchor(milestoneGoal.code)} className={styles.goal}>
      <h3>
        <a href={goalPath(programme, milestoneGoal.code)}>
          <span className={styles.code}>{milestoneGoal.code}</span> {milestoneGoal.text}
        </a>
      </h3>
      <p className={styles.status}>
        <span>Bedömning {year}:</span> <StatusLabel status={status} /> <span>{changeSinceLastYear(goal, year)}</span>
      </p>
      <dl className={styles.facts}>
        <div>
          <dt>Målår</dt>
          <dd>{milestoneGoal.targetYear}</dd>
        </div>
        {milestoneGoal.responsible.length > 0 && (
          <div>
            <dt>Ansvariga</dt>
            <dd>
              <OrganisationLinks organisations={milestoneGoal.responsible} />
            </dd>
          </div>
        )}
      </dl>
      {commentary && (
        // Sanitised HTML from the API.
        <div className={styles.commentary} dangerouslySetInnerHTML={{ __html: commentary }} />
      )}
      <GoalActions actions={actions} year={year} />
      {embed && (
        <EmbedCode
          origin={embed.origin}
          target={{ kind: 'goal', programme, code: milestoneGoal.code }}
          title={`Etappmål ${milestoneGoal.code}: ${milestoneGoal.text}`}
          id={`badda-in-${goalAnchor(milestoneGoal.code)}`}
        />
      )}
      {indicators.length > 0 && (
        <>
          <h4>{indicatorsHeading(indicators.length)}</h4>
          <ul className={styles.indicators}>
            {indicators.map((indicator) => (
              <li key={indicator.id}>
                <IndicatorFigure indicator={indicator} openTable={valueTables} tableClassName={styles.table} />
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  )
}
