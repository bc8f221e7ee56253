import { ActionCard } from '@/src/app/(public)/components/ActionCard'
import { EmbedCode } from '@/src/app/(public)/components/EmbedCode'
import { IndicatorFigure } from '@/src/app/(public)/components/IndicatorFigure'
import { NewsList } from '@/src/app/(public)/components/NewsList'
import { OrganisationLinks } from '@/src/app/(public)/components/OrganisationLinks'
import { StatusLabel } from '@/src/app/(public)/components/StatusLabel'
import { followUpPath, goalAnchor } from '@/src/app/(public)/paths'
import followUpStyles from '../../[year]/follow-up.module.css'
import styles from './goal.module.css'
import type { PublicGoalPage } from './goal-query'
import type { GoalTexts } from './goal-texts'

/**
 * A milestone goal on a page of its own: who answers for it, every published year's assessment as
 * a timeline, its indicators' charts, its actions and its news. Its texts come from goal-texts.ts,
 * so that a page in another language renders it alike.
 */
export function GoalPage({
  page: { programme, goal, news },
  texts,
  origin,
}: {
  page: PublicGoalPage
  texts: GoalTexts
  /** The site's origin, which the goal's "Bädda in" code names. */
  origin: string
}) {
  const latest = goal.assessments.at(-1)
  return (
    <>
      <p className={styles.kicker}>{texts.kicker(programme.title)}</p>
      <h1>
        <span className={followUpStyles.code}>{goal.code}</span> {goal.text}
      </h1>
      <dl className={followUpStyles.facts}>
        <div>
          <dt>{texts.focusArea}</dt>
          <dd>
            {goal.focusArea.order}. {goal.focusArea.title}
          </dd>
        </div>
        <div>
          <dt>{texts.targetYear}</dt>
          <dd>{goal.targetYear}</dd>
        </div>
        {goal.responsible.length > 0 && (
          <div>
            <dt>{texts.responsible}</dt>
            <dd>
              <OrganisationLinks organisations={goal.responsible} lang={texts.lang} />
            </dd>
          </div>
        )}
        {latest && (
          <div>
            <dt>{texts.latestStatus(latest.year)}</dt>
            <dd>
              <StatusLabel status={latest.status} lang={texts.lang} />
            </dd>
          </div>
        )}
      </dl>
      <EmbedCode
        origin={origin}
        target={{ kind: 'goal', programme: programme.slug, code: goal.code }}
        title={texts.title(goal.code, programme.title)}
        id="badda-in-etappmalet"
        lang={texts.lang}
      />

      <section aria-labelledby="bedomningar" className={styles.section}>
        <h2 id="bedomningar">{texts.assessmentsHeading}</h2>
        {goal.assessments.length === 0 ? (
          <p>{texts.noAssessments}</p>
        ) : (
          <ol className={styles.timeline}>
            {goal.assessments.map((assessment) => (
              <li key={assessment.year} className={styles.year} data-year={assessment.year}>
                <h3>{assessment.year}</h3>
                <p className={followUpStyles.status}>
                  <StatusLabel status={assessment.status} lang={texts.lang} />{' '}
                  <span>
                    {texts.change[assessment.change]}
                    {assessment.previousStatus && assessment.change !== 'UNCHANGED' && (
                      <> ({texts.previously(assessment.year - 1, texts.status(assessment.previousStatus))})</>
                    )}
                  </span>
                </p>
                {assessment.commentary && (
                  // Sanitised HTML from the API.
                  <div className={followUpStyles.commentary} dangerouslySetInnerHTML={{ __html: assessment.commentary }} />
                )}
                {programme.years.includes(assessment.year) && (
                  <p>
                    <a href={`${followUpPath(programme.slug, assessment.year, texts.lang)}#${goalAnchor(goal.code)}`}>
                      {texts.followUpOfYear(assessment.year)}
                    </a>
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="indikatorer" className={styles.section}>
        <h2 id="indikatorer">{texts.indicatorsHeading}</h2>
        {goal.indicators.length === 0 ? (
          <p>{texts.noIndicators}</p>
        ) : (
          <ul className={followUpStyles.indicators}>
            {goal.indicators.map((indicator) => (
              <li key={indicator.id}>
                <IndicatorFigure
                  indicator={indicator}
                  tableClassName={followUpStyles.table}
                  lang={texts.lang}
                  embed={{ origin, id: `badda-in-indikator-${indicator.id}` }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="atgarder" className={styles.section}>
        <h2 id="atgarder">{texts.actionsHeading}</h2>
        {goal.actions.length === 0 ? (
          <p>{texts.noActions}</p>
        ) : (
          goal.actions.map((action) => (
            <ActionCard key={action.slug} action={action} period={texts.actionPeriod(action)} lang={texts.lang}>
              {action.responsible.length > 0 && (
                <>
                  {' · '}
                  <OrganisationLinks organisations={action.responsible} lang={texts.lang} />
                </>
              )}
            </ActionCard>
          ))
        )}
      </section>

      <section aria-labelledby="nyheter" className={styles.section}>
        <h2 id="nyheter">{texts.newsHeading}</h2>
        {news.length === 0 ? <p>{texts.noNews}</p> : <NewsList items={news} headingLevel={3} lang={texts.lang} />}
      </section>
    </>
  )
}
