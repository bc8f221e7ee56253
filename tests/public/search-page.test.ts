import { describe, expect, it } from 'vitest'

import { TEXT_LIMITS } from '../../graphql/argument-limits'
import { hitPath } from '../../src/app/(public)/sok/hit-link'
import { MAX_QUERY_LENGTH } from '../../src/app/(public)/sok/search-query'

describe('the search page', () => {
  it('cuts a query where the API limits it', () => {
    expect(MAX_QUERY_LENGTH).toBe(TEXT_LIMITS.search)
  })

  it("links news to their page, and the rest to their goal's page", () => {
    const place = { code: '1.2', focusArea: { programme: { slug: 'kmpp-2017' } } }
    expect(hitPath({ __typename: 'NewsItem', id: 'n', title: 'T', slug: 'en-nyhet' })).toBe('/nyheter/en-nyhet')
    expect(hitPath({ __typename: 'MilestoneGoal', id: 'g', title: 'T', ...place })).toBe('/uppfoljning/kmpp-2017/mal/1.2')
    expect(hitPath({ __typename: 'Action', id: 'a', title: 'T', milestoneGoals: [place] })).toBe('/uppfoljning/kmpp-2017/mal/1.2')
    expect(hitPath({ __typename: 'Indicator', id: 'i', title: 'T', milestoneGoals: [] })).toBeNull()
  })
})
