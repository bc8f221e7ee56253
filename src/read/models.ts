/** What the read layer gives: Payload documents with the scope they were read in, and a follow-up's report. */
import type * as Figures from '../figures'
import type { GoalStatus, RoundProgress, StatusChange } from '../figures'
import type * as Payload from '../payload-types'
import type { Snippet } from '../search/snippet'
import type { Connection } from './connection'
import type { Scope, Scoped } from './scope'

export type Programme = Scoped<Payload.Programme>
export type FocusArea = Scoped<Payload.FocusArea>
export type MilestoneGoal = Scoped<Payload.MilestoneGoal>
/** One milestone goal's assessment of one year (a document of the `follow-ups` collection). */
export type Assessment = Scoped<Payload.Assessment>

/**
 * An assessment's status; a draft saved before a status was chosen says nothing about the goal yet,
 * so it counts as not assessed, like a year without an assessment.
 */
export const statusOf = (assessment: Pick<Payload.Assessment, 'status'>): GoalStatus => assessment.status ?? 'not_assessed'
export type Indicator = Scoped<Payload.Indicator>
export type Organisation = Scoped<Payload.Organisation>
export type NewsItem = Scoped<Payload.News>
export type Contact = Payload.Contact
export type FocusAreaKind = Payload.FocusArea['kind']
export type OrganisationKind = Payload.Organisation['kind']
export type Locale = Scope['locale']
export type Image = { url: string; alt: string; width: number | null; height: number | null }

/** One goal in a programme's follow-up of a year: its status then, against the year before, and why. */
export type GoalFollowUp = {
  year: number
  milestoneGoal: MilestoneGoal
  status: GoalStatus
  previousStatus: GoalStatus | null
  change: StatusChange
  assessment: Assessment | null
  indicators: Indicator[]
  disagreement: boolean
}

export type FocusAreaFollowUp = { focusArea: FocusArea; goals: GoalFollowUp[] }

/** A programme's follow-up of one year: every milestone goal's assessment that year, by focus area. */
export type FollowUpReport = {
  year: number
  programme: Programme
  focusAreas: FocusAreaFollowUp[]
  goals: GoalFollowUp[]
  scope: Scope
}

export type NewsConnection = Connection<NewsItem>

/** A search's match: a document of one of the kinds the search finds, with the API's name of its type. */
export type SearchResult =
  | (MilestoneGoal & { __typename: 'MilestoneGoal' })
  | (Action & { __typename: 'Action' })
  | (Indicator & { __typename: 'Indicator' })
  | (NewsItem & { __typename: 'NewsItem' })
export type SearchEdge = { cursor: string; node: SearchResult; snippet: Snippet }
export type SearchConnection = Omit<Connection<SearchResult>, 'edges'> & { edges: SearchEdge[] }

/** An action (åtgärd) of one or more milestone goals. */
export type Action = Scoped<Payload.Action>
export type ActionConnection = Connection<Action>
export type ActionState = Payload.Action['state']
/** What was done in an action in one year. */
export type ActionUpdate = { year: number; text: string }

/** A yearly round as staff follow it: the round, and how far its goals have come, per organisation. */
export type FollowUpRound = Scoped<Payload.FollowUpRound> & Omit<RoundProgress, 'organisations'> & { organisations: OrganisationInRound[] }
export type OrganisationInRound = Omit<Figures.OrganisationInRound, 'organisation'> & { organisation: Organisation }
export type RoundState = Payload.FollowUpRound['state']
export type { ValueSource } from '../../collections/Indicators/provenance'
