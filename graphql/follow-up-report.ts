import { disagrees, type GoalStatus, goalStatusForYear, previousStatus, statusChange } from '../src/figures'
import { idOf, idsOf } from '../src/shared/ids'
import { progressOf } from './indicator-figures'
import type { Loaders } from './loaders'
import type { Assessment, FollowUpReport, GoalFollowUp, Indicator, NewsItem, Programme } from './models'
import { newestFirst } from './news-page'
import { scoped } from './scope'

/**
 * A programme's follow-up for one year, from a constant number of reads: its focus areas, goals,
 * assessments and indicators, however many goals and indicators it has.
 */
export async function loadFollowUpReport(loaders: Loaders, programme: Programme, year: number): Promise<FollowUpReport> {
  const scope = { ...programme.scope, asOfYear: year }
  const [focusAreas, goals, thisYear, lastYear] = await Promise.all([
    loaders.focusAreasByProgramme.load(programme.id),
    loaders.goalsByProgramme.load(programme.id),
    loaders.followUpsByProgrammeYear.load(`${programme.id}:${year}`),
    loaders.followUpsByProgrammeYear.load(`${programme.id}:${year - 1}`),
  ])
  const assessments = [...lastYear, ...thisYear]
  const indicatorIds = [...new Set(goals.flatMap((goal) => idsOf(goal.indicators)))]
  const indicators = new Map<string, Indicator>()
  for (const indicator of await loaders.indicatorById.loadMany(indicatorIds)) {
    if (indicator && !(indicator instanceof Error)) indicators.set(indicator.id, scoped(indicator, scope))
  }

  const assessmentsByGoal = new Map<string, Assessment[]>()
  for (const assessment of assessments) {
    const key = String(idOf(assessment.milestoneGoal))
    assessmentsByGoal.set(key, [...(assessmentsByGoal.get(key) ?? []), scoped(assessment, scope)])
  }

  const rows: GoalFollowUp[] = goals.map((goal) => {
    const history = assessmentsByGoal.get(goal.id) ?? []
    const statuses = history.map((a) => ({ year: a.year, status: a.status as GoalStatus }))
    const status = goalStatusForYear(statuses, year)
    const previous = previousStatus(statuses, year)
    const goalIndicators = idsOf(goal.indicators).flatMap((id) => indicators.get(id) ?? [])
    return {
      milestoneGoal: scoped(goal, scope),
      status,
      previousStatus: previous,
      change: statusChange(status, previous),
      assessment: history.find((a) => a.year === year) ?? null,
      indicators: goalIndicators,
      disagreement: disagrees(status, goalIndicators.map((indicator) => progressOf(indicator).status)),
    }
  })

  return {
    year,
    programme,
    scope,
    goals: rows,
    focusAreas: focusAreas.map((focusArea) => ({
      focusArea: scoped(focusArea, scope),
      goals: rows.filter((row) => idOf(row.milestoneGoal.focusArea) === focusArea.id),
    })),
  }
}

/** The years with assessments, oldest first. */
export function followUpYears(loaders: Loaders, programme: Programme): Promise<number[]> {
  return loaders.followUpYearsByProgramme.load(programme.id)
}

/**
 * The news of the report's year linked to any of its focus areas or goals, newest first. One read
 * per link: SQLite finds either kind through its index on the link, but both in one query (an OR
 * across two joins) only by scanning every news item.
 */
export async function loadReportNews(loaders: Loaders, report: FollowUpReport): Promise<NewsItem[]> {
  const links = {
    focusAreas: report.focusAreas.map((area) => area.focusArea.id),
    milestoneGoals: report.goals.map((goal) => goal.milestoneGoal.id),
  }
  const reads = await Promise.all(
    Object.entries(links)
      .filter(([, ids]) => ids.length)
      .map(([field, ids]) => loaders.find('news', { and: [{ followUpYear: { equals: report.year } }, { [field]: { in: ids } }] })),
  )
  const linked = new Map(reads.flat().map((doc) => [doc.id, doc]))
  return [...linked.values()].sort(newestFirst).map((doc) => scoped(doc, report.programme.scope))
}
