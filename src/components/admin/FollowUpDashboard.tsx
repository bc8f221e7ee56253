import { redirect } from 'next/navigation'
import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { hasRole } from '@/collections/access'
import { DisagreementList } from './DisagreementList'
import styles from './FollowUpDashboard.module.css'
import { loadFollowUpOverviews } from './follow-up-overview'
import { OverdueIndicatorList } from './OverdueIndicatorList'
import { loadOverdueIndicators } from './overdue-indicators'
import { RoundPanel } from './RoundPanel'
import { loadRoundOverviews } from './round-overview'
import { MY_GOALS_PATH } from './routes'
import { StatusTable } from './StatusTable'
import { dashboardTexts } from './texts'

/**
 * At the top of the admin's home: for strategists the rounds not yet published and the indicators whose
 * next value is late, then each programme's
 * latest follow-up, with the status totals per focus area and the goals where assessment and data
 * disagree, read with the signed-in user's access. A reporter's home is "Mina etappmål".
 */
export async function FollowUpDashboard({ payload, user, i18n, locale }: ServerProps) {
  if (!user) return null
  const admin = payload.config.routes.admin
  if (hasRole(user, 'reporter')) redirect(formatAdminURL({ adminRoute: admin, path: MY_GOALS_PATH, relative: true }))
  const keepsValues = hasRole(user, 'admin', 'strategist')
  const contentLocale = locale?.code === 'en' ? 'en' : 'sv'
  const rounds = keepsValues ? await loadRoundOverviews(payload, user) : []
  const roundPanels = rounds.map((round) => <RoundPanel key={round.id} round={round} api={payload.config.routes.api} admin={admin} />)
  const texts = dashboardTexts(i18n.language)
  const overdue = keepsValues ? (
    <OverdueIndicatorList key="overdue" indicators={await loadOverdueIndicators(payload, user, contentLocale, new Date())} texts={texts} />
  ) : null
  const overviews = await loadFollowUpOverviews(payload, user, contentLocale)
  if (overviews.length === 0) {
    return (
      <>
        {roundPanels}
        {overdue}
        <section className={styles.panel}>
          <p>{texts.noFollowUps}</p>
        </section>
      </>
    )
  }
  return [
    ...roundPanels,
    overdue,
    ...overviews.map((overview) => (
      <section key={overview.programme} className={styles.panel}>
        <h2>{texts.heading(overview.year, overview.programme)}</h2>
        <p className={styles.intro}>{texts.intro}</p>
        <StatusTable focusAreas={overview.focusAreas} total={overview.total} texts={texts} />
        <DisagreementList disagreements={overview.disagreements} texts={texts} />
      </section>
    )),
  ]
}
