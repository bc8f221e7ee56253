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
  Where a measured value came from.
  """
  enum ValueSource {
    "Typed in by the municipality in the admin."
    MANUAL
    "Imported from a spreadsheet (CSV or XLSX)."
    SPREADSHEET
    "Read from Kolada, the Swedish municipalities' key figures."
    KOLADA
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
    "Where a measured value came from; null for a baseline or target, which the programme sets."
    source: ValueSource
    "What it was read from: the spreadsheet's file name, or the Kolada URL; null when typed in."
    reference: String
    "When the value was recorded (ISO 8601); null for a baseline or target, and for values recorded before this was kept."
    recordedAt: String
  }

  """
  Relay's page information for a cursor connection.
  """
  type PageInfo {
    "True when there are items after this page: read ahead going forward, or the item of before going backward."
    hasNextPage: Boolean!
    "True when there are items before this page: the item of after going forward, or read ahead going backward."
    hasPreviousPage: Boolean!
    "The cursor of the first item on this page; pass it as before to get the previous page."
    startCursor: String
    "The cursor of the last item on this page; pass it as after to get the next page."
    endCursor: String
  }
`
