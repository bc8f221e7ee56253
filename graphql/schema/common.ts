export const commonTypeDefs = /* GraphQL */ `
  """
  The language of the texts in a response.
  """
  enum Locale {
    "Swedish, the language the programme is written in (the default)."
    SV
    "English; a text without an English translation falls back to Swedish."
    EN
  }

  """
  How a rich text comes out.
  """
  enum TextFormat {
    "Sanitised HTML, safe to insert into a page."
    HTML
    "Plain text without markup."
    TEXT
  }

  """
  A value for one year.
  """
  type DataPoint {
    "The year the value refers to."
    year: Int!
    "The value, in the indicator's unit."
    value: Float!
    "A note about this value, when the municipality gave one."
    note: String
  }

  """
  Relay's page information for a cursor connection.
  """
  type PageInfo {
    "True when there are items after this page."
    hasNextPage: Boolean!
    "True when this page was asked for with a cursor, so there are items before it."
    hasPreviousPage: Boolean!
    "The cursor of the first item on this page."
    startCursor: String
    "The cursor of the last item on this page; pass it as after to get the next page."
    endCursor: String
  }
`
