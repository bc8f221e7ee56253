import type { Payload } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { disagrees, type GoalStatus, type ProgressStatus, type StatusCount, statusCounts } from '@/src/figures'
import type { User } from '@/src/payload-types'
import { createReads } from '@/src/read/data-source'
import { progressOf } from '@/src/read/indicator-figures'
import type { FollowUpReport, GoalFollowUp } from '@/src/read/models'
import type { Scope } from '@/src/read/scope'

export type FocusAreaTotals = { title: string; counts: StatusCount[] }

export type Disagreement = {
  code: string
  text: string
  status: GoalStatus
  /** The admin page of the goal's assessment that year. */
  href: string
  /** The indicators whose progress contradicts the status. */
  indicators: Array<{ name: string; progress: ProgressStatus }>
}

/** What the dashboard shows of one programme: its latest follow-up year. */
export type FollowUpOverview = {
  programme: string
  year: number
  focusAreas: FocusAreaTotals[]
  total: StatusCount[]
  disagreements: Disagreement[]
}

const countsOf = (goals: GoalFollowUp[]) => statusCounts(goals.map((goal) => goal.status))

function disagreement(goal: GoalFollowUp, adminRoute: string): Disagreement {
  const path: `/${string}` = goal.assessment
    ? `/collections/follow-ups/${goal.assessment.id}`
    : `/collections/milestone-goals/${goal.milestoneGoal.id}`
  return {
    code: goal.milestoneGoal.code,
    text: goal.milestoneGoal.text,
    status: goal.status,
    href: formatAdminURL({ adminRoute, path, relative: true }),
    indicators: goal.indicators
      .map((indicator) => ({ name: indicator.name, progress: progressOf(indicator).status }))
      .filter(({ progress }) => disagrees(goal.status, [progress])),
  }
}

export function overviewOf(report: FollowUpReport, adminRoute: string): FollowUpOverview {
  return {
    programme: report.programme.title,
    year: report.year,
    focusAreas: report.focusAreas.map(({ focusArea, goals }) => ({ title: focusArea.title, counts: countsOf(goals) })),
    total: countsOf(report.goals),
    disagreements: report.goals.filter((goal) => goal.disagreement).map((goal) => disagreement(goal, adminRoute)),
  }
}

/**
 * Every programme's follow-up of its latest year with assessments, as the API builds a report,
 * read with the user's access and drafts included: the state the strategists are working on.
 */
export async function loadFollowUpOverviews(payload: Payload, user: User, locale: Scope['locale']): Promise<FollowUpOverview[]> {
  const reads = createReads(payload, user)({ locale, draft: true })
  const reports = await Promise.all((await reads.programmes()).map((programme) => reads.latestReport(programme)))
  return reports.flatMap((report) => (report ? [overviewOf(report, payload.config.routes.admin)] : []))
}
