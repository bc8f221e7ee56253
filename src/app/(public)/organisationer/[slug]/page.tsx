import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ActionState } from '../../components/ActionState'
import { followUpPath, goalAnchor } from '../../paths'
import styles from './organisation.module.css'
import { fetchPublicOrganisation, type PublicOrganisation } from './organisation-query'

type Props = { params: Promise<{ slug: string }> }

const KIND = { ADMINISTRATION: 'Förvaltning i Haninge kommun', COMPANY: 'Kommunalt bolag' } as const

async function loadOrganisation({ params }: Props) {
  const { slug } = await params
  return fetchPublicOrganisation(slug)
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const organisation = await loadOrganisation(props)
  return { title: organisation?.name ?? 'Sidan finns inte' }
}

type Goal = PublicOrganisation['milestoneGoals'][number]

/** The goal in its programme's latest follow-up; null before the first. */
function goalPath(goal: Goal): string | null {
  const { slug, years } = goal.focusArea.programme
  const latest = years.at(-1)
  return latest === undefined ? null : `${followUpPath(slug, latest)}#${goalAnchor(goal.code)}`
}

const period = ({ startYear, endYear }: { startYear: number; endYear: number | null }) =>
  endYear === null ? `från ${startYear}` : endYear === startYear ? `${startYear}` : `${startYear}–${endYear}`

/** An administration or company: the milestone goals it answers for and its actions, with what was done each year. */
export default async function OrganisationPage(props: Props) {
  const organisation = await loadOrganisation(props)
  if (!organisation) notFound()
  const { name, kind, milestoneGoals, actions } = organisation

  return (
    <>
      <h1>
        {name}
        <span className={styles.kind}>{KIND[kind]}</span>
      </h1>

      <section aria-labelledby="etappmal" className={styles.section}>
        <h2 id="etappmal">Etappmål som {name} ansvarar för</h2>
        {milestoneGoals.length === 0 ? (
          <p>{name} ansvarar inte för några etappmål.</p>
        ) : (
          <ul className={styles.goals}>
            {milestoneGoals.map((goal) => {
              const path = goalPath(goal)
              const text = `${goal.code} ${goal.text}`
              return (
                <li key={goal.id}>
                  {path ? <a href={path}>{text}</a> : text} <span className={styles.detail}>(målår {goal.targetYear})</span>
                </li>
              )
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="atgarder" className={styles.section}>
        <h2 id="atgarder">Åtgärder</h2>
        {actions.length === 0 ? (
          <p>{name} har inga publicerade åtgärder.</p>
        ) : (
          actions.map((action) => (
            <article key={action.slug} className={styles.action} aria-labelledby={`atgard-${action.slug}`}>
              <h3 id={`atgard-${action.slug}`}>{action.title}</h3>
              <p>
                <ActionState state={action.state} /> <span className={styles.detail}>{period(action)}</span>
                {action.milestoneGoals.length > 0 && (
                  <span className={styles.detail}> · Etappmål {action.milestoneGoals.map((goal) => goal.code).join(', ')}</span>
                )}
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
          ))
        )}
      </section>
    </>
  )
}
