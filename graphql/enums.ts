import type { Resolvers } from './generated/resolvers-types'

/**
 * The API's enum values and the values the read layer and the figures keep, which resolvers return
 * and arguments arrive as: graphql-js converts both ways (internal values in a graphql-tools map).
 */
export const enumResolvers: Resolvers = {
  GoalStatus: {
    ACHIEVED: 'achieved',
    ON_TRACK: 'on_track',
    AT_RISK: 'at_risk',
    NOT_ACHIEVED: 'not_achieved',
    NOT_ASSESSED: 'not_assessed',
  },
  StatusChange: { NEW: 'new', UNCHANGED: 'unchanged', REASSESSED: 'reassessed', IMPROVED: 'improved', WORSENED: 'worsened' },
  Direction: { INCREASE: 'increase', DECREASE: 'decrease' },
  TrendStatus: { IMPROVING: 'improving', STABLE: 'stable', WORSENING: 'worsening', INSUFFICIENT_DATA: 'insufficient_data' },
  ProgressStatus: {
    TARGET_ACHIEVED: 'target_achieved',
    SUBSTANTIAL_PROGRESS: 'substantial_progress',
    MODERATE_PROGRESS: 'moderate_progress',
    LIMITED_PROGRESS: 'limited_progress',
    DETERIORATION: 'deterioration',
    INSUFFICIENT_DATA: 'insufficient_data',
  },
  RateMethod: { COMPOUND: 'compound', LINEAR: 'linear' },
  FocusAreaKind: { FOCUS_AREA: 'focus_area', CHAPTER: 'chapter' },
  OrganisationKind: { ADMINISTRATION: 'administration', COMPANY: 'company' },
  Locale: { SV: 'sv', EN: 'en' },
  ActionState: { PLANNED: 'planned', ONGOING: 'ongoing', DONE: 'done', CANCELLED: 'cancelled' },
  RoundState: { OPEN: 'open', REVIEW: 'review', PUBLISHED: 'published' },
  ValueSource: { MANUAL: 'manual', SPREADSHEET: 'spreadsheet', KOLADA: 'kolada' },
}
