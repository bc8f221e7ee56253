import type React from 'react'

import { SiteLayout, siteMetadata } from '../(public)/SiteLayout'

export const metadata = siteMetadata('en')

/** The root layout of the English public pages under /en, so that their document says lang="en" from the server. */
export default function EnglishPublicLayout({ children }: { children: React.ReactNode }) {
  return <SiteLayout lang="en">{children}</SiteLayout>
}
