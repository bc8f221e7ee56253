import { EmbedCode } from '@/src/app/(public)/components/EmbedCode'
import { IndicatorFigure } from '@/src/app/(public)/components/IndicatorFigure'
import { OrganisationLinks } from '@/src/app/(public)/components/OrganisationLinks'
import { StatusLabel } from '@/src/app/(public)/components/StatusLabel'
import type { Lang } from '@/src/app/(public)/lang'
import { goalAnchor, goalPath } from '@/src/app/(public)/paths'
import type { PublicGoalFollowUpFragment } from '@/src/app/api-client/operations'
import styles from './follow-up.module.css'
import { changeSinceLastYear, FOLLOW_UP_TEXTS, indicatorsHeading } from './follow-up-texts'
import { GoalActions } from './GoalActions'

/** One milestone goal in the year's follow-up: its status, the change, the commentary, its actions and its indicators' series. */
export function GoalFollowUp({
  goal,
  programme,
  year,
  valueTables = false,
  embed,
  lang = 'sv',
}: {
  goal: PublicGoalFollowUpFragment
  /** The programme's slug, for the link to the goal's page. */
  programme: string
  year: number
  /** The goal's "Bädda in", with the origin its code names. */
  embed?: { origin: string }
  /** Each indicator's values as a table under its chart too, as the printed report has them. */
  valueTables?: boolean
  lang?: Lang
}) {
  const { milestoneGoal, status, commentary, indicators, actions } = goal
  const texts = FOLLOW_UP_TEXTS[lang]
  return (
    <article id={goalAnchor(milestoneGoal.code)} className={styles.goal}>
      <h3>
        <a href={goalPath(programme, milestoneGoal.code, lang)}>
          <span className={styles.code}>{milestoneGoal.code}</span> {milestoneGoal.text}
        </a>
      </h3>
      <p className={styles.status}>
        <span>
          {texts.assessment} {year}:
        </span>{' '}
        <StatusLabel status={status} lang={lang} /> <span>{changeSinceLastYear(goal, year, lang)}</span>
      </p>
      <dl className={styles.facts}>
        <div>
          <dt>{texts.targetYear}</dt>
          <dd>{milestoneGoal.targetYear}</dd>
        </div>
        {milestoneGoal.responsible.length > 0 && (
          <div>
            <dt>{texts.responsible}</dt>
            <dd>
              <OrganisationLinks organisations={milestoneGoal.responsible} lang={lang} />
            </dd>
          </div>
        )}
      </dl>
      {commentary && (
        // Sanitised HTML from the API.
        <div className={styles.commentary} dangerouslySetInnerHTML={{ __html: commentary }} />
      )}
      <GoalActions actions={actions} year={year} lang={lang} />
      {embed && (
        <EmbedCode
          origin={embed.origin}
          target={{ kind: 'goal', programme, code: milestoneGoal.code }}
          title={`${texts.milestoneGoal} ${milestoneGoal.code}: ${milestoneGoal.text}`}
          id={`badda-in-${goalAnchor(milestoneGoal.code)}`}
          lang={lang}
        />
      )}
      {indicators.length > 0 && (
        <>
          <h4>{indicatorsHeading(indicators.length, lang)}</h4>
          <ul className={styles.indicators}>
            {indicators.map((indicator) => (
              <li key={indicator.id}>
                <IndicatorFigure
                  indicator={indicator}
                  openTable={valueTables}
                  tableClassName={styles.table}
                  lang={lang}
                  embed={embed && { origin: embed.origin, id: `badda-in-${goalAnchor(milestoneGoal.code)}-${indicator.id}` }}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  )
}
