import type { Payload } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { dayOf } from '@/src/figures'
import type { User } from '@/src/payload-types'
import { createReads } from '@/src/read/data-source'
import type { Scope } from '@/src/read/scope'

/** An indicator whose next value is late, as the dashboard lists it. */
export type OverdueIndicator = {
  name: string
  /** The day the value was due, YYYY-MM-DD. */
  due: string
  /** The indicator's edit page in the admin. */
  href: string
}

/** The indicators whose next value is late at `now`, longest overdue first, read with the user's access. */
export async function loadOverdueIndicators(payload: Payload, user: User, locale: Scope['locale'], now: Date): Promise<OverdueIndicator[]> {
  const reads = createReads(payload, user)({ locale, draft: true })
  const adminRoute = payload.config.routes.admin
  return (await reads.overdueIndicators(now)).map((indicator) => ({
    name: indicator.name,
    due: dayOf(indicator.nextValueDue as string),
    href: formatAdminURL({ adminRoute, path: `/collections/indicators/${indicator.id}`, relative: true }),
  }))
}
