/**
 * Selections that several of the site's queries share. A query that spreads one appends its text,
 * since a GraphQL document carries the fragments it uses; `npm run generate:graphql` gives each a
 * type, e.g. IndicatorChartFragment.
 */

/** A programme as a follow-up's page and export name it, with the years it has follow-ups. */
export const FOLLOW_UP_PROGRAMME = /* GraphQL */ `
  fragment FollowUpProgramme on Programme {
    slug
    title
    years
  }
`

/** What an indicator's chart shows. */
export const INDICATOR_CHART = /* GraphQL */ `
  fragment IndicatorChart on Indicator {
    id
    name
    unit
    direction
    target {
      year
      value
    }
    series {
      year
      value
    }
  }
`

/** Where the values of an indicator's chart come from, and when each was recorded. */
export const INDICATOR_PROVENANCE = /* GraphQL */ `
  fragment IndicatorProvenance on Indicator {
    series {
      year
      source
      reference
      recordedAt
    }
  }
`

/** An indicator as the exports give it: its chart's fields, its baseline and its source. */
export const EXPORTED_INDICATOR = /* GraphQL */ `
  fragment ExportedIndicator on Indicator {
    ...IndicatorChart
    source
    baseline {
      year
      value
    }
  }
  ${INDICATOR_CHART}
`

/** A news item as a list shows it. */
export const NEWS_TEASER = /* GraphQL */ `
  fragment NewsTeaser on NewsItem {
    slug
    title
    lead
    publishedAt
  }
`

/** An action as a follow-up's page and export show it: with what was done in the follow-up's year ($year). */
export const ACTION_OF_YEAR = /* GraphQL */ `
  fragment ActionOfYear on Action {
    slug
    title
    state
    startYear
    endYear
    responsible {
      slug
      name
    }
    update(year: $year)
  }
`
