import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import type { ReactNode } from 'react'

import type { User } from '@/src/payload-types'

/** The signed-in user of an admin view of our own; without one, the view sends the browser to the login. */
export function signedInUser({ initPageResult: { req } }: AdminViewServerProps): User {
  if (!req.user) redirect(formatAdminURL({ adminRoute: req.payload.config.routes.admin, path: '/login', relative: true }))
  return req.user as User
}

/** An admin view of our own in Payload's frame, with its navigation, under a heading. */
export function AdminPage({ view, title, children }: { view: AdminViewServerProps; title: string; children: ReactNode }) {
  const { initPageResult, params, searchParams } = view
  const { req, permissions, locale, visibleEntities } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{title}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
}
