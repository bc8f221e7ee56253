import { actionStateCounts, assessedCount, isDueThisYear, shareAchievedOrOnTrack, statusCounts } from '../../src/figures'
import type { GoalFollowUp } from '../../src/read/models'
import type { Resolvers } from '../generated/resolvers-types'
import { renderedRichText } from '../richtext'

/** The totals of a set of goals, as FollowUpReport and FocusAreaFollowUp both give them. */
function totals(goals: GoalFollowUp[]) {
  const counts = statusCounts(goals.map((goal) => goal.status))
  return {
    statusCounts: counts,
    assessedCount: assessedCount(counts),
    shareAchievedOrOnTrack: shareAchievedOrOnTrack(counts),
  }
}

export const followUpResolvers: Resolvers = {
  FollowUpReport: {
    statusCounts: (report) => totals(report.goals).statusCounts,
    goalCount: (report) => report.goals.length,
    assessedCount: (report) => totals(report.goals).assessedCount,
    shareAchievedOrOnTrack: (report) => totals(report.goals).shareAchievedOrOnTrack,
    changes: (report) => report.goals.filter((goal) => goal.change === 'improved' || goal.change === 'worsened'),
    dueThisYear: (report) => report.goals.filter((goal) => isDueThisYear(goal.milestoneGoal.targetYear, report.year)),
    disagreements: (report) => report.goals.filter((goal) => goal.disagreement),
    news: (report, _, { reads }) => reads(report.programme.scope).reportNews(report),
    actionCounts: async (report, _, { reads }) =>
      actionStateCounts((await reads(report.scope).actionsOfReport(report)).map((action) => action.state)),
  },

  FocusAreaFollowUp: {
    statusCounts: (area) => totals(area.goals).statusCounts,
    assessedCount: (area) => totals(area.goals).assessedCount,
    shareAchievedOrOnTrack: (area) => totals(area.goals).shareAchievedOrOnTrack,
  },

  GoalFollowUp: {
    commentary: (goal, { format }) => renderedRichText(goal.assessment, 'commentary', format),
    actions: (goal, _, { reads }) => reads(goal.milestoneGoal.scope).actionsOfGoalIn(goal.milestoneGoal.id, goal.year),
  },
}
