import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { hasRole } from '@/collections/access'
import { IMPORT_VALUES_PATH } from '../routes'

/** "Importera värden" in the admin's navigation, for strategists and admins. */
export function ImportValuesNavLink({ payload, user }: ServerProps) {
  if (!hasRole(user ?? null, 'admin', 'strategist')) return null
  return (
    <a className="nav__link" href={formatAdminURL({ adminRoute: payload.config.routes.admin, path: IMPORT_VALUES_PATH, relative: true })}>
      <span className="nav__link-label">Importera värden</span>
    </a>
  )
}
