import { TEXT_LIMITS } from '../argument-limits'
import { oneLine } from './one-line'

export const newsTypeDefs = /* GraphQL */ `
  """
  A news item about the programme and its follow-up.
  """
  type NewsItem {
    "Unique ID."
    id: ID!
    "${oneLine(`URL-safe unique name, as in newsItem(slug). A draft saved before it had a title has none yet (it gets one
      from its title), so until then, in preview only, this is its ID, which newsItem(slug, preview: true) also finds it by.`)}"
    slug: String!
    "The headline; a draft saved without one shows (Utkast utan rubrik), in English (Untitled draft)."
    title: String!
    "The lead paragraph."
    lead: String
    "The body."
    body(
      "HTML (sanitised) or plain text."
      format: TextFormat = HTML
    ): String
    "When it was first published (ISO 8601); null for a draft never published."
    publishedAt: String
    "When it was last changed (ISO 8601)."
    updatedAt: String!
    "The image at the top, with its alternative text."
    heroImage: Image
    "Whom to ask about it."
    contact: Contact
    "The focus areas it is about: those it is linked to, then those of the milestone goals it is linked to."
    focusAreas: [FocusArea!]!
    "The milestone goals it is about."
    milestoneGoals: [MilestoneGoal!]!
    "The follow-up year it is about, if any."
    followUpYear: Int
    "The programme its focus areas and milestone goals belong to; null when it has no such links."
    programme: Programme
    "True when this is a draft, seen only in preview."
    draft: Boolean!
  }

  """
  An image with the text that describes it.
  """
  type Image {
    "Absolute or site-relative URL of the image."
    url: String!
    "The alternative text: what the image shows, for those who cannot see it."
    alt: String!
    "Width in pixels."
    width: Int
    "Height in pixels."
    height: Int
  }

  """
  A person to contact about a news item.
  """
  type Contact {
    "Full name."
    name: String!
    "Their role, e.g. climate and environment strategist."
    role: String
    "Telephone number."
    phone: String
    "E-mail address."
    email: String
  }

  """
  Which news items to list; every given condition must hold.
  """
  input NewsFilter {
    "${oneLine(`Only items about the focus area with this slug: linked to it, or to one of its milestone goals
      (at most ${TEXT_LIMITS.slug} characters).`)}"
    focusArea: String
    "Only items about the milestone goal with this ID (at most ${TEXT_LIMITS.id} characters)."
    milestoneGoal: ID
    "Only items about this follow-up year."
    year: Int
    "${oneLine(`Only items whose title, lead or body match every word of this text, as Query.search matches
      them; at most ${TEXT_LIMITS.search} characters.`)}"
    search: String
  }

  """
  A page of news items, newest first.
  """
  type NewsConnection {
    "The items on this page with their cursors."
    edges: [NewsEdge!]!
    "Where this page is in the list."
    pageInfo: PageInfo!
    "The number of items matching the filter, on all pages."
    totalCount: Int!
  }

  """
  A news item and its place in the list.
  """
  type NewsEdge {
    "Pass as after to get the items following this one, or as before to get those before it."
    cursor: String!
    "The news item."
    node: NewsItem!
  }
`
