import { previousStatus, statusChange } from '../../src/figures'
import { baselineOf, overdueOf, progressOf, seriesOf, targetOf, trendOf } from '../../src/read/indicator-figures'
import { statusOf } from '../../src/read/models'
import { idOf, idsOf } from '../../src/shared/ids'
import { assertYear } from '../arguments'
import type { Resolvers } from '../generated/resolvers-types'
import { renderedRichText, renderRichText } from '../richtext'

export const programmeResolvers: Resolvers = {
  Programme: {
    adoptedOn: (programme) => programme.adoptedOn.slice(0, 10),
    description: (programme, { format }) => renderRichText(programme.description, format),
    focusAreas: (programme, _, { reads }) => reads(programme.scope).focusAreasOfProgramme(programme.id),
    milestoneGoals: (programme, _, { reads }) => reads(programme.scope).goalsOfProgramme(programme.id),
    years: (programme, _, { reads }) => reads(programme.scope).followUpYears(programme),
    modifiedAt: (programme, _, { reads }) => reads(programme.scope).programmeModifiedAt(programme),
    latestFollowUp: (programme, _, { reads }) => reads(programme.scope).latestReport(programme),
    followUp: (programme, { year }, { reads }) => reads(programme.scope).report(programme, assertYear(year)),
    milestoneGoal: (programme, { code }, { reads }) => reads(programme.scope).goalOfProgramme(programme.id, code),
  },

  FocusArea: {
    clarifications: (focusArea) => (focusArea.clarifications ?? []).map((c) => c.text),
    programme: async (focusArea, _, { reads }) => {
      const programme = await reads(focusArea.scope).programmeById(String(idOf(focusArea.programme)))
      if (!programme) throw new Error(`Focus area ${focusArea.id} has no readable programme.`)
      return programme
    },
    milestoneGoals: (focusArea, _, { reads }) => reads(focusArea.scope).goalsOfFocusArea(focusArea.id),
  },

  MilestoneGoal: {
    focusArea: async (goal, _, { reads }) => {
      const focusArea = await reads(goal.scope).focusArea(String(idOf(goal.focusArea)))
      if (!focusArea) throw new Error(`Milestone goal ${goal.id} has no readable focus area.`)
      return focusArea
    },
    responsible: (goal, _, { reads }) => reads(goal.scope).organisationsById(idsOf(goal.responsible)),
    indicators: (goal, _, { reads }) => reads(goal.scope).indicatorsById(idsOf(goal.indicators)),
    assessments: (goal, _, { reads }) => reads(goal.scope).assessmentsOfGoal(goal.id),
    assessment: (goal, { year }, { reads }) => reads(goal.scope).assessment(goal.id, year),
    actions: (goal, _, { reads }) => reads(goal.scope).actionsOfGoal(goal.id),
  },

  Assessment: {
    status: statusOf,
    previousStatus: async (assessment, _, { reads }) =>
      previousStatus(await reads(assessment.scope).statusesOfGoalOf(assessment), assessment.year),
    change: async (assessment, _, { reads }) =>
      statusChange(statusOf(assessment), previousStatus(await reads(assessment.scope).statusesOfGoalOf(assessment), assessment.year)),
    commentary: (assessment, { format }) => renderedRichText(assessment, 'commentary', format),
  },

  Indicator: {
    baseline: baselineOf,
    target: targetOf,
    series: seriesOf,
    latest: (indicator) => seriesOf(indicator).at(-1) ?? null,
    trend: trendOf,
    progress: progressOf,
    nextValueDue: (indicator) => indicator.nextValueDue?.slice(0, 10) ?? null,
    overdue: (indicator) => overdueOf(indicator, new Date()),
    milestoneGoals: (indicator, _, { reads }) => reads(indicator.scope).goalsOfIndicator(indicator.id),
  },

  Organisation: {
    milestoneGoals: (organisation, _, { reads }) => reads(organisation.scope).goalsOfOrganisation(organisation.id),
    actions: (organisation, _, { reads }) => reads(organisation.scope).actionsOfOrganisation(organisation.id),
  },
}
