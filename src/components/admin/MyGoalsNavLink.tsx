import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { hasRole } from '@/collections/access'
import { MY_GOALS_PATH } from './routes'

/** "Mina etappmål" in the admin's navigation, for reporters. */
export function MyGoalsNavLink({ payload, user }: ServerProps) {
  if (!hasRole(user ?? null, 'reporter')) return null
  return (
    <a className="nav__link" href={formatAdminURL({ adminRoute: payload.config.routes.admin, path: MY_GOALS_PATH, relative: true })}>
      <span className="nav__link-label">Mina etappmål</span>
    </a>
  )
}
