import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { GoalPage } from './GoalPage'
import { type GoalPageProps, goalOfPage } from './goal-query'
import { GOAL_TEXTS } from './goal-texts'

const texts = GOAL_TEXTS.sv

export async function generateMetadata(props: GoalPageProps): Promise<Metadata> {
  const page = await goalOfPage(props)
  return { title: page ? texts.title(page.goal.code, page.programme.title) : texts.notFound }
}

/** A milestone goal's page: /uppfoljning/{programme}/mal/{code}; not found for an unknown programme or code. */
export default async function MilestoneGoalPage(props: GoalPageProps) {
  const page = await goalOfPage(props)
  if (!page) notFound()
  return <GoalPage page={page} texts={texts} />
}
