import { TEXT_LIMITS } from '../argument-limits'

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
      "How many items, 1-100."
      first: Int = 10
      "The endCursor of the previous page; at most ${TEXT_LIMITS.cursor} characters."
      after: String
      "Which items to list."
      filter: NewsFilter
      "The language of the texts."
      locale: Locale = SV
      "Include drafts (signed-in editors only)."
      preview: Boolean = false
    ): NewsConnection!
  }
`
