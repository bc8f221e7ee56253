import { notFound, redirect } from 'next/navigation'

import type { Lang } from '@/src/app/(public)/lang'
import { followUpPath } from '@/src/app/(public)/paths'
import { fetchLatestYear } from './latest-year-query'

export type LatestFollowUpProps = { params: Promise<{ programme: string }> }

/** A programme's address leads to its latest published follow-up (a temporary redirect: next year it leads on). */
export async function redirectToLatestFollowUp({ params }: LatestFollowUpProps, lang: Lang): Promise<never> {
  const { programme } = await params
  const year = await fetchLatestYear(programme)
  if (year === null) notFound()
  redirect(followUpPath(programme, year, lang))
}
