import type { Metadata } from 'next'

import PublicLayout from './(public)/layout'
import NotFound from './(public)/not-found'

export const metadata: Metadata = { title: 'Sidan finns inte – KMPP uppföljning' }

/** Addresses no route matches: with two root layouts, Next needs this one to answer them in Swedish. */
export default function GlobalNotFound() {
  return (
    <PublicLayout>
      <NotFound />
    </PublicLayout>
  )
}
