import { disagrees, goalStatusForYear, previousStatus, statusChange } from '../figures'
import { idOf, idsOf } from '../shared/ids'
import { progressOf } from './indicator-figures'
import type { Loaders } from './loaders'
import { type Assessment, type FollowUpReport, type GoalFollowUp, type Indicator, type NewsItem, type Programme, statusOf } from './models'
import { NEWEST_FIRST, newestFirst } from './news-page'
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
    loaders.assessmentsByProgrammeYear.load(`${programme.id}:${year}`),
    loaders.assessmentsByProgrammeYear.load(`${programme.id}:${year - 1}`),
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
    const statuses = history.map((a) => ({ year: a.year, status: statusOf(a) }))
    const status = goalStatusForYear(statuses, year)
    const previous = previousStatus(statuses, year)
    const goalIndicators = idsOf(goal.indicators).flatMap((id) => indicators.get(id) ?? [])
    return {
      year,
      milestoneGoal: scoped(goal, scope),
      status,
      previousStatus: previous,
      change: statusChange(status, previous),
      assessment: history.find((a) => a.year === year) ?? null,
      indicators: goalIndicators,
      disagreement: disagrees(
        status,
        goalIndicators.map((indicator) => progressOf(indicator).status),
      ),
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

/**
 * The news of the report's year about the programme, newest first: the items linked to its focus
 * areas or goals, which give a news item its programme (collections/News/programme.ts).
 */
export async function loadReportNews(loaders: Loaders, report: FollowUpReport): Promise<NewsItem[]> {
  const news = await loaders.find(
    'news',
    { and: [{ followUpYear: { equals: report.year } }, { programme: { equals: report.programme.id } }] },
    NEWEST_FIRST,
  )
  return newestFirst(news).map((doc) => scoped(doc, report.programme.scope))
}
