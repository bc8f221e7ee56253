import { TEXT_LIMITS } from '../argument-limits'
import { oneLine } from './one-line'

export const actionTypeDefs = /* GraphQL */ `
  """
  Where an action stands.
  """
  enum ActionState {
    "Decided but not started."
    PLANNED
    "Under way."
    ONGOING
    "Carried out."
    DONE
    "Given up before it was carried out."
    CANCELLED
  }

  """
  Something an administration or company does to reach one or more milestone goals (åtgärd).
  """
  type Action {
    "Unique ID."
    id: ID!
    "URL-safe unique name."
    slug: String!
    "What is done."
    title: String!
    "What it is and why."
    description(
      "HTML (sanitised) or plain text."
      format: TextFormat = HTML
    ): String
    "Where it stands."
    state: ActionState!
    "The year it started or starts."
    startYear: Int!
    "The year it ends; null when it runs on."
    endYear: Int
    "The administrations and companies that carry it out, by name."
    responsible: [Organisation!]!
    "The milestone goals it works towards, ordered by code."
    milestoneGoals: [MilestoneGoal!]!
    "${oneLine(`What was done in one year; null when nothing is told of that year, or the year's follow-up is not published
      yet (in preview, drafts are shown).`)}"
    update(
      "The year, 1990-2100."
      year: Int!
    ): String
    "${oneLine(`What was done, year by year, oldest first; a year whose follow-up is not published yet is left out
      (in preview, shown).`)}"
    updates: [ActionUpdate!]!
  }

  """
  What was done in an action in one year.
  """
  type ActionUpdate {
    "The year."
    year: Int!
    "What was done."
    text: String!
  }

  """
  How many actions are in one state.
  """
  type ActionStateCount {
    "The state."
    state: ActionState!
    "The number of actions in it."
    count: Int!
  }

  """
  Which actions to list; every given condition must hold.
  """
  input ActionFilter {
    "Only actions for a milestone goal of the focus area with this slug (at most ${TEXT_LIMITS.slug} characters)."
    focusArea: String
    "Only actions for the milestone goal with this ID (at most ${TEXT_LIMITS.id} characters)."
    milestoneGoal: ID
    "Only actions the organisation with this slug is responsible for (at most ${TEXT_LIMITS.slug} characters)."
    organisation: String
    "Only actions in this state."
    state: ActionState
    "Only actions active this year: started by then and not ended before it."
    year: Int
  }

  """
  A page of actions, latest started first.
  """
  type ActionConnection {
    "The actions on this page with their cursors."
    edges: [ActionEdge!]!
    "Where this page is in the list."
    pageInfo: PageInfo!
    "The number of actions matching the filter, on all pages."
    totalCount: Int!
  }

  """
  An action and its place in the list.
  """
  type ActionEdge {
    "Pass as after to get the actions following this one, or as before to get those before it."
    cursor: String!
    "The action."
    node: Action!
  }

  """
  Where a yearly follow-up round is.
  """
  enum RoundState {
    "Administrations and companies report."
    OPEN
    "The strategists review what was reported."
    REVIEW
    "The year is published."
    PUBLISHED
  }

  """
  A programme's yearly follow-up round and how far it has come: every milestone goal's follow-up of
  the year, counted by its review state.
  """
  type FollowUpRound {
    "The follow-up year."
    year: Int!
    "Where the round is."
    state: RoundState!
    "The last day of reporting, as YYYY-MM-DD."
    deadline: String!
    "When the year was published (ISO 8601); null before."
    publishedAt: String
    "The number of milestone goals in the programme."
    total: Int!
    "Goals whose follow-up is submitted and waits for review."
    submitted: Int!
    "Goals whose follow-up is approved."
    approved: Int!
    "Goals whose follow-up was returned to the reporter."
    returned: Int!
    "Goals without a follow-up of the year, or with one still being written."
    missing: Int!
    "The same per organisation responsible for goals of the programme, by name."
    organisations: [OrganisationInRound!]!
  }

  """
  How far one organisation has come in a round, over the goals it is responsible for.
  """
  type OrganisationInRound {
    "The administration or company."
    organisation: Organisation!
    "The number of goals it is responsible for."
    goals: Int!
    "Of those, submitted and waiting for review."
    submitted: Int!
    "Of those, approved."
    approved: Int!
    "Of those, returned to the reporter."
    returned: Int!
    "Of those, without a follow-up of the year or with one still being written."
    missing: Int!
  }
`
