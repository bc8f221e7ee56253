import { notFound, redirect } from 'next/navigation'

import { followUpPath } from '@/src/app/(public)/paths'
import { fetchLatestYear } from './latest-year-query'

type Props = { params: Promise<{ programme: string }> }

/** A programme's address leads to its latest published follow-up (a temporary redirect: next year it leads on). */
export default async function LatestFollowUpPage({ params }: Props) {
  const { programme } = await params
  const year = await fetchLatestYear(programme)
  if (year === null) notFound()
  redirect(followUpPath(programme, year))
}
