import type React from 'react'

import { SiteLayout, siteMetadata } from './SiteLayout'

export const metadata = siteMetadata('sv')

/** The root layout of the Swedish public pages (the English ones have theirs in (public-en), the admin in (payload)). */
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return <SiteLayout lang="sv">{children}</SiteLayout>
}
