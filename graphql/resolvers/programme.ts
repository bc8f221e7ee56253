import { idOf, idsOf } from '../../src/shared/ids'
import { assertYear, byCode, toEnum } from '../arguments'
import { followUpYears, loadFollowUpReport } from '../follow-up-report'
import type { Resolvers } from '../generated/resolvers-types'
import { baselineOf, progressOf, seriesOf, targetOf, trendOf } from '../indicator-figures'
import { statusOf } from '../models'
import { renderedRichText, renderRichText } from '../richtext'
import { type Scope, scoped, scopedFound } from '../scope'

const each = <T extends object>(docs: T[], scope: Scope) => docs.map((doc) => scoped(doc, scope))

export const programmeResolvers: Resolvers = {
  Programme: {
    adoptedOn: (programme) => programme.adoptedOn.slice(0, 10),
    description: (programme, { format }) => renderRichText(programme.description, format),
    focusAreas: async (programme, _, { loaders }) =>
      each(await loaders(programme.scope).focusAreasByProgramme.load(programme.id), programme.scope),
    milestoneGoals: async (programme, _, { loaders }) =>
      each([...(await loaders(programme.scope).goalsByProgramme.load(programme.id))].sort(byCode), programme.scope),
    years: (programme, _, { loaders }) => followUpYears(loaders(programme.scope), programme),
    latestFollowUp: async (programme, _, { loaders }) => {
      const latest = (await followUpYears(loaders(programme.scope), programme)).at(-1)
      return latest === undefined ? null : loadFollowUpReport(loaders(programme.scope), programme, latest)
    },
    followUp: (programme, { year }, { loaders }) => loadFollowUpReport(loaders(programme.scope), programme, assertYear(year)),
  },

  FocusArea: {
    kind: (focusArea) => toEnum(focusArea.kind),
    clarifications: (focusArea) => (focusArea.clarifications ?? []).map((c) => c.text),
    programme: async (focusArea, _, { loaders }) => {
      const programme = await loaders(focusArea.scope).programmeById.load(String(idOf(focusArea.programme)))
      if (!programme) throw new Error(`Focus area ${focusArea.id} has no readable programme.`)
      return scoped(programme, focusArea.scope)
    },
    milestoneGoals: async (focusArea, _, { loaders }) =>
      each([...(await loaders(focusArea.scope).goalsByFocusArea.load(focusArea.id))].sort(byCode), focusArea.scope),
  },

  MilestoneGoal: {
    focusArea: async (goal, _, { loaders }) => {
      const focusArea = await loaders(goal.scope).focusAreaById.load(String(idOf(goal.focusArea)))
      if (!focusArea) throw new Error(`Milestone goal ${goal.id} has no readable focus area.`)
      return scoped(focusArea, goal.scope)
    },
    responsible: async (goal, _, { loaders }) =>
      scopedFound(await loaders(goal.scope).organisationById.loadMany(idsOf(goal.responsible)), goal.scope),
    indicators: async (goal, _, { loaders }) =>
      scopedFound(await loaders(goal.scope).indicatorById.loadMany(idsOf(goal.indicators)), goal.scope),
    assessments: async (goal, _, { loaders }) => each(await loaders(goal.scope).followUpsByGoal.load(goal.id), goal.scope),
    assessment: async (goal, { year }, { loaders }) => {
      const assessment = (await loaders(goal.scope).followUpsByGoal.load(goal.id)).find((a) => a.year === year)
      return assessment ? scoped(assessment, goal.scope) : null
    },
  },

  Assessment: {
    status: (assessment) => toEnum(statusOf(assessment)),
    commentary: (assessment, { format }) => renderedRichText(assessment, 'commentary', format),
  },

  Indicator: {
    direction: (indicator) => toEnum(indicator.direction),
    baseline: baselineOf,
    target: targetOf,
    series: seriesOf,
    latest: (indicator) => seriesOf(indicator).at(-1) ?? null,
    trend: (indicator) => {
      const trend = trendOf(indicator)
      return { ...trend, status: toEnum(trend.status) }
    },
    progress: (indicator) => {
      const progress = progressOf(indicator)
      return { ...progress, status: toEnum(progress.status), method: progress.method && toEnum(progress.method) }
    },
    milestoneGoals: async (indicator, _, { loaders }) =>
      each([...(await loaders(indicator.scope).goalsByIndicator.load(indicator.id))].sort(byCode), indicator.scope),
  },

  Organisation: {
    kind: (organisation) => toEnum(organisation.kind),
    milestoneGoals: async (organisation, _, { loaders }) =>
      each([...(await loaders(organisation.scope).goalsByOrganisation.load(organisation.id))].sort(byCode), organisation.scope),
  },
}
