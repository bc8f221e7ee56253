import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { goalPath } from '@/src/app/(public)/paths'
import { originOf } from '@/src/app/(public)/request-origin'
import { oembedDiscovery } from '@/src/app/embed/oembed'
import { GoalPage } from './GoalPage'
import { type GoalPageProps, goalOfPage } from './goal-query'
import { GOAL_TEXTS } from './goal-texts'

const texts = GOAL_TEXTS.sv

export async function generateMetadata(props: GoalPageProps): Promise<Metadata> {
  const page = await goalOfPage(props)
  if (!page) return { title: texts.notFound }
  const title = texts.title(page.goal.code, page.programme.title)
  const origin = originOf(await headers())
  return { title, alternates: oembedDiscovery(goalPath(page.programme.slug, page.goal.code), origin, title) }
}

/** A milestone goal's page: /uppfoljning/{programme}/mal/{code}; not found for an unknown programme or code. */
export default async function MilestoneGoalPage(props: GoalPageProps) {
  const page = await goalOfPage(props)
  if (!page) notFound()
  return <GoalPage page={page} texts={texts} origin={originOf(await headers())} />
}
