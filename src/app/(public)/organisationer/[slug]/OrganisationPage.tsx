import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ActionCard } from '../../components/ActionCard'
import { LanguageSwitch } from '../../components/LanguageSwitch'
import type { Lang } from '../../lang'
import { type LanguagePaths, pageMetadata } from '../../languages'
import { goalPath, organisationPath } from '../../paths'
import { SITE_TEXTS } from '../../site-texts'
import styles from './organisation.module.css'
import { fetchPublicOrganisation } from './organisation-query'

export type OrganisationPageProps = { params: Promise<{ slug: string }> }

const TEXTS = {
  sv: {
    kind: { ADMINISTRATION: 'Förvaltning i Haninge kommun', COMPANY: 'Kommunalt bolag' },
    goals: (name: string) => `Etappmål som ${name} ansvarar för`,
    noGoals: (name: string) => `${name} ansvarar inte för några etappmål.`,
    targetYear: 'målår',
    actions: 'Åtgärder',
    noActions: (name: string) => `${name} har inga publicerade åtgärder.`,
    goalCodes: 'Etappmål',
    from: 'från',
  },
  en: {
    kind: { ADMINISTRATION: 'Administration of Haninge municipality', COMPANY: 'Municipal company' },
    goals: (name: string) => `Milestone goals ${name} is responsible for`,
    noGoals: (name: string) => `${name} is not responsible for any milestone goals.`,
    targetYear: 'target year',
    actions: 'Actions',
    noActions: (name: string) => `${name} has no published actions.`,
    goalCodes: 'Milestone goal',
    from: 'from',
  },
} satisfies Record<Lang, unknown>

async function loadOrganisation({ params }: OrganisationPageProps, lang: Lang) {
  const { slug } = await params
  return fetchPublicOrganisation(slug, lang)
}

const organisationPaths = (slug: string): LanguagePaths => ({ sv: organisationPath(slug, 'sv'), en: organisationPath(slug, 'en') })

export async function organisationMetadata(props: OrganisationPageProps, lang: Lang): Promise<Metadata> {
  const organisation = await loadOrganisation(props, lang)
  if (!organisation) return { title: SITE_TEXTS[lang].notFoundTitle }
  return pageMetadata(organisation.name, organisationPaths(organisation.slug), lang)
}

const period = ({ startYear, endYear }: { startYear: number; endYear: number | null }, lang: Lang) =>
  endYear === null ? `${TEXTS[lang].from} ${startYear}` : endYear === startYear ? `${startYear}` : `${startYear}–${endYear}`

/** An administration or company: the milestone goals it answers for and its actions, with what was done each year. */
export async function OrganisationPage({ lang, ...props }: OrganisationPageProps & { lang: Lang }) {
  const organisation = await loadOrganisation(props, lang)
  if (!organisation) notFound()
  const { name, kind, milestoneGoals, actions } = organisation
  const texts = TEXTS[lang]

  return (
    <>
      <LanguageSwitch lang={lang} paths={organisationPaths(organisation.slug)} />
      <h1>
        {name}
        <span className={styles.kind}>{texts.kind[kind]}</span>
      </h1>

      <section aria-labelledby="etappmal" className={styles.section}>
        <h2 id="etappmal">{texts.goals(name)}</h2>
        {milestoneGoals.length === 0 ? (
          <p>{texts.noGoals(name)}</p>
        ) : (
          <ul className={styles.goals}>
            {milestoneGoals.map((goal) => (
              <li key={goal.id}>
                <a href={goalPath(goal.focusArea.programme.slug, goal.code, lang)}>
                  {goal.code} {goal.text}
                </a>{' '}
                <span className={styles.detail}>
                  ({texts.targetYear} {goal.targetYear})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="atgarder" className={styles.section}>
        <h2 id="atgarder">{texts.actions}</h2>
        {actions.length === 0 ? (
          <p>{texts.noActions(name)}</p>
        ) : (
          actions.map((action) => (
            <ActionCard key={action.slug} action={action} period={period(action, lang)} lang={lang}>
              {action.milestoneGoals.length > 0 && (
                <span className={styles.detail}>
                  {' '}
                  · {texts.goalCodes} {action.milestoneGoals.map((goal) => goal.code).join(', ')}
                </span>
              )}
            </ActionCard>
          ))
        )}
      </section>
    </>
  )
}
