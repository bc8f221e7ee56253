export const searchTypeDefs = /* GraphQL */ `
  """
  What the search finds: a milestone goal, an action, an indicator or a news item.
  """
  union SearchResult = MilestoneGoal | Action | Indicator | NewsItem

  """
  A page of search results, best matches first.
  """
  type SearchConnection {
    "The matches on this page with their cursors and snippets."
    edges: [SearchEdge!]!
    "Where this page is in the list."
    pageInfo: PageInfo!
    "The number of matches, on all pages."
    totalCount: Int!
  }

  """
  A match and its place in the list.
  """
  type SearchEdge {
    "Pass as after to get the matches following this one, or as before to get those before it."
    cursor: String!
    "The matching document."
    node: SearchResult!
    "A short extract of the document showing the matched words."
    snippet: Snippet!
  }

  """
  A short plain-text extract (not HTML) and where in it the matched words are.
  """
  type Snippet {
    "The extract; an ellipsis (…) marks where it was cut."
    text: String!
    "The matched words in text, in order."
    matches: [TextRange!]!
  }

  """
  A part of a text, by UTF-16 code unit offsets (JavaScript string indices).
  """
  type TextRange {
    "Where the part starts."
    start: Int!
    "Where the part ends: the offset just after its last character."
    end: Int!
  }
`
