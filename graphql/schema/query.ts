import { TEXT_LIMITS } from '../argument-limits'
import { oneLine } from './one-line'

export const queryTypeDefs = /* GraphQL */ `
  """
  Ready-made follow-up views of climate and environmental policy programmes. Anonymous requests
  see published content only; a signed-in editor may ask for drafts with preview: true. A year with
  a follow-up round is published whole: until its round is published, nothing of that year (its
  follow-up, its assessments, news about it) is shown without preview. A text
  argument longer than its description allows is refused with BAD_USER_INPUT before anything is read.
  """
  type Query {
    "Every programme, oldest first."
    programmes(
      "The language of the texts."
      locale: Locale = SV
    ): [Programme!]!
    "One programme by slug; null when there is none."
    programme(
      "The programme's slug, e.g. kmpp-2017; at most ${TEXT_LIMITS.slug} characters."
      slug: String!
      "The language of the texts."
      locale: Locale = SV
    ): Programme
    "A programme's follow-up for one year; null when the programme is unknown, or without preview while the year's round is unpublished."
    followUp(
      "The programme's slug; at most ${TEXT_LIMITS.slug} characters."
      programme: String!
      "The follow-up year, 1990-2100."
      year: Int!
      "The language of the texts."
      locale: Locale = SV
      "Include draft assessments and news (signed-in editors only)."
      preview: Boolean = false
    ): FollowUpReport
    "One milestone goal by ID; null when there is none."
    milestoneGoal(
      "The milestone goal's ID; at most ${TEXT_LIMITS.id} characters."
      id: ID!
      "The language of the texts."
      locale: Locale = SV
    ): MilestoneGoal
    "One indicator by ID; null when there is none."
    indicator(
      "The indicator's ID; at most ${TEXT_LIMITS.id} characters."
      id: ID!
      "The language of the texts."
      locale: Locale = SV
    ): Indicator
    "The administrations and companies responsible for goals, by name."
    organisations(
      "The language of the texts."
      locale: Locale = SV
    ): [Organisation!]!
    "One organisation by slug; null when there is none."
    organisation(
      "The organisation's slug; at most ${TEXT_LIMITS.slug} characters."
      slug: String!
      "The language of the texts."
      locale: Locale = SV
    ): Organisation
    "One news item by slug; null when there is none (or it is unpublished)."
    newsItem(
      "The news item's slug; at most ${TEXT_LIMITS.slug} characters."
      slug: String!
      "The language of the texts."
      locale: Locale = SV
      "Show the latest draft (signed-in editors only)."
      preview: Boolean = false
    ): NewsItem
    "Published news, newest first, a page at a time."
    news(
      "How many items from the start or after after, 1-100; 10 when neither first nor last is given."
      first: Int
      "The endCursor of the previous page; at most ${TEXT_LIMITS.cursor} characters."
      after: String
      "${oneLine(`How many items from the end or before before, 1-100, to page backward; not together with first or
        after (BAD_USER_INPUT).`)}"
      last: Int
      "The startCursor of the next page, to page backward; at most ${TEXT_LIMITS.cursor} characters."
      before: String
      "Which items to list."
      filter: NewsFilter
      "The language of the texts."
      locale: Locale = SV
      "Include drafts (signed-in editors only)."
      preview: Boolean = false
    ): NewsConnection!
    "Published actions, latest started first, a page at a time."
    actions(
      "How many actions from the start or after after, 1-100; 10 when neither first nor last is given."
      first: Int
      "The endCursor of the previous page; at most ${TEXT_LIMITS.cursor} characters."
      after: String
      "${oneLine(`How many actions from the end or before before, 1-100, to page backward; not together with first or
        after (BAD_USER_INPUT).`)}"
      last: Int
      "The startCursor of the next page, to page backward; at most ${TEXT_LIMITS.cursor} characters."
      before: String
      "Which actions to list."
      filter: ActionFilter
      "The language of the texts."
      locale: Locale = SV
      "Include drafts (signed-in editors only)."
      preview: Boolean = false
    ): ActionConnection!
    "${oneLine(`Published milestone goals, actions, indicators and news matching every word of a query, best matches
      first, a page at a time. Words match in any order and letter case, å, ä and ö however they are encoded, by their
      beginning (klimat finds klimatmålen) and in their other inflections.`)}"
    search(
      "The words to look for; at most ${TEXT_LIMITS.search} characters. A query without letters or digits finds nothing."
      query: String!
      "How many matches from the start or after after, 1-100; 10 when neither first nor last is given."
      first: Int
      "The endCursor of the previous page; at most ${TEXT_LIMITS.cursor} characters."
      after: String
      "${oneLine(`How many matches from the end or before before, 1-100, to page backward; not together with first or
        after (BAD_USER_INPUT).`)}"
      last: Int
      "The startCursor of the next page, to page backward; at most ${TEXT_LIMITS.cursor} characters."
      before: String
      "The language of the texts, searched by its own rules (Swedish or English inflections)."
      locale: Locale = SV
      "Search drafts too (signed-in editors only)."
      preview: Boolean = false
    ): SearchConnection!
    "${oneLine(`A programme's follow-up round of a year and how far it has come, for signed-in editors only (FORBIDDEN
      otherwise); null when the programme or the round is unknown.`)}"
    followUpRound(
      "The programme's slug; at most ${TEXT_LIMITS.slug} characters."
      programme: String!
      "The follow-up year, 1990-2100."
      year: Int!
      "The language of the texts."
      locale: Locale = SV
    ): FollowUpRound
  }
`
