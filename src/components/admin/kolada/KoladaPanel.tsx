import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { hasRole } from '@/collections/access'
import styles from '../FollowUpDashboard.module.css'
import { KoladaSyncButton } from './KoladaSyncButton'
import { openConflictsText } from './texts'

/** On the admin home, for strategists: "Hämta från Kolada" and the open value conflicts to decide. */
export async function KoladaPanel({ payload, user }: ServerProps) {
  if (!user || !hasRole(user, 'admin', 'strategist')) return null
  const { totalDocs } = await payload.count({
    collection: 'value-conflicts',
    where: { state: { equals: 'open' } },
    user,
    overrideAccess: false,
  })
  const list = formatAdminURL({
    adminRoute: payload.config.routes.admin,
    path: '/collections/value-conflicts?where[state][equals]=open',
    relative: true,
  })
  return (
    <section className={styles.panel} aria-labelledby="kolada-heading">
      <h2 id="kolada-heading">Kolada</h2>
      <p className={styles.intro}>
        Indikatorer med ett nyckeltal i Kolada läses varje måndag för programmets kommun. Ett värde som skiljer sig från ett som matats in
        för hand eller lästs från ett kalkylblad skrivs inte över: det blir en värdekonflikt.
      </p>
      <p>{totalDocs === 0 ? openConflictsText(0) : <a href={list}>{openConflictsText(totalDocs)}</a>}</p>
      <KoladaSyncButton api={payload.config.routes.api} />
    </section>
  )
}
