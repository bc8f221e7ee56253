import { STATUS_CHANGE_DEFINITIONS } from '../../src/figures/status'
import { oneLine } from './one-line'

export const followUpTypeDefs = /* GraphQL */ `
  """
  How a milestone goal's status changed since the previous year's published assessment.
  """
  enum StatusChange {
    "${STATUS_CHANGE_DEFINITIONS.new}"
    NEW
    "${STATUS_CHANGE_DEFINITIONS.unchanged}"
    UNCHANGED
    "${STATUS_CHANGE_DEFINITIONS.reassessed}"
    REASSESSED
    "${STATUS_CHANGE_DEFINITIONS.improved}"
    IMPROVED
    "${STATUS_CHANGE_DEFINITIONS.worsened}"
    WORSENED
  }

  """
  How many milestone goals have one status.
  """
  type StatusCount {
    "The status."
    status: GoalStatus!
    "The number of goals with it."
    count: Int!
  }

  """
  The yearly follow-up of a programme: every milestone goal once, with its published status that
  year (NOT_ASSESSED when it has none), the totals, and what changed since the year before.
  """
  type FollowUpReport {
    "The follow-up year."
    year: Int!
    "The programme followed up."
    programme: Programme!
    "The number of goals per status: all five statuses, summing to goalCount."
    statusCounts: [StatusCount!]!
    "The number of milestone goals in the programme."
    goalCount: Int!
    "The number of goals with a status other than NOT_ASSESSED."
    assessedCount: Int!
    "(ACHIEVED + ON_TRACK) / assessedCount; null when nothing was assessed."
    shareAchievedOrOnTrack: Float
    "The follow-up per focus area, in the programme's order."
    focusAreas: [FocusAreaFollowUp!]!
    "Every milestone goal, ordered by code."
    goals: [GoalFollowUp!]!
    "The goals whose status improved or worsened since the year before."
    changes: [GoalFollowUp!]!
    "The goals whose target year is this year."
    dueThisYear: [GoalFollowUp!]!
    "${oneLine(`Where assessment and data part ways: goals achieved or on track with an indicator deteriorating or making
      limited progress, and goals at risk or not achieved with an indicator at or near its target.`)}"
    disagreements: [GoalFollowUp!]!
    "${oneLine(`Published news about this year's follow-up of the programme: news with this follow-up year that is linked
      to one of the programme's focus areas or milestone goals, newest first.`)}"
    news: [NewsItem!]!
    "${oneLine(`The number of the programme's actions active this year (started by then and not ended before it) per state:
      all four states.`)}"
    actionCounts: [ActionStateCount!]!
  }

  """
  The follow-up of one focus area in a year.
  """
  type FocusAreaFollowUp {
    "The focus area."
    focusArea: FocusArea!
    "The number of its goals per status: all five statuses."
    statusCounts: [StatusCount!]!
    "The number of its goals with a status other than NOT_ASSESSED."
    assessedCount: Int!
    "(ACHIEVED + ON_TRACK) / assessedCount; null when nothing was assessed."
    shareAchievedOrOnTrack: Float
    "Its goals, ordered by code."
    goals: [GoalFollowUp!]!
  }

  """
  One milestone goal in a year's follow-up.
  """
  type GoalFollowUp {
    "The milestone goal."
    milestoneGoal: MilestoneGoal!
    "Its published status this year, NOT_ASSESSED when it has none."
    status: GoalStatus!
    "Its published status the year before; null when it had none."
    previousStatus: GoalStatus
    "How the status changed since the year before."
    change: StatusChange!
    "The commentary of this year's assessment."
    commentary(
      "HTML (sanitised) or plain text."
      format: TextFormat = HTML
    ): String
    "Its indicators, with values up to and including this year."
    indicators: [Indicator!]!
    "True when the status and an indicator's progress part ways (see FollowUpReport.disagreements)."
    disagreement: Boolean!
    "Its actions active this year (started by then and not ended before it), by title."
    actions: [Action!]!
  }
`
