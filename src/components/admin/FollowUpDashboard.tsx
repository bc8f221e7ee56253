import type { ServerProps } from 'payload'

import { DisagreementList } from './DisagreementList'
import styles from './FollowUpDashboard.module.css'
import { loadFollowUpOverviews } from './follow-up-overview'
import { StatusTable } from './StatusTable'
import { dashboardTexts } from './texts'

/**
 * At the top of the admin's home: each programme's latest follow-up, with the status totals per
 * focus area and the goals where assessment and data disagree, read with the signed-in user's access.
 */
export async function FollowUpDashboard({ payload, user, i18n, locale }: ServerProps) {
  if (!user) return null
  const texts = dashboardTexts(i18n.language)
  const overviews = await loadFollowUpOverviews(payload, user, locale?.code === 'en' ? 'en' : 'sv')
  if (overviews.length === 0) {
    return (
      <section className={styles.panel}>
        <p>{texts.noFollowUps}</p>
      </section>
    )
  }
  return overviews.map((overview) => (
    <section key={overview.programme} className={styles.panel}>
      <h2>{texts.heading(overview.year, overview.programme)}</h2>
      <p className={styles.intro}>{texts.intro}</p>
      <StatusTable focusAreas={overview.focusAreas} total={overview.total} texts={texts} />
      <DisagreementList disagreements={overview.disagreements} texts={texts} />
    </section>
  ))
}
