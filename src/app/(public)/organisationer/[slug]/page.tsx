import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ActionCard } from '../../components/ActionCard'
import { goalPath } from '../../paths'
import styles from './organisation.module.css'
import { fetchPublicOrganisation } from './organisation-query'

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
            {milestoneGoals.map((goal) => (
              <li key={goal.id}>
                <a href={goalPath(goal.focusArea.programme.slug, goal.code)}>
                  {goal.code} {goal.text}
                </a>{' '}
                <span className={styles.detail}>(målår {goal.targetYear})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="atgarder" className={styles.section}>
        <h2 id="atgarder">Åtgärder</h2>
        {actions.length === 0 ? (
          <p>{name} har inga publicerade åtgärder.</p>
        ) : (
          actions.map((action) => (
            <ActionCard key={action.slug} action={action} period={period(action)}>
              {action.milestoneGoals.length > 0 && (
                <span className={styles.detail}> · Etappmål {action.milestoneGoals.map((goal) => goal.code).join(', ')}</span>
              )}
            </ActionCard>
          ))
        )}
      </section>
    </>
  )
}
