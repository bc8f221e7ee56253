import { describe, expect, it } from 'vitest'

import { followUpPath, goalAnchor, goalPath, newsItemPath, newsListPath } from '../../src/app/(public)/paths'

describe('public paths', () => {
  it('addresses a follow-up and a news item, escaping what needs it', () => {
    expect(followUpPath('kmpp-2017', 2020)).toBe('/uppfoljning/kmpp-2017/2020')
    expect(newsItemPath('a b/c')).toBe('/nyheter/a%20b%2Fc')
  })

  it("addresses a goal's page by its programme and code", () => {
    expect(goalPath('kmpp-2017', '1.2')).toBe('/uppfoljning/kmpp-2017/mal/1.2')
    expect(goalPath('kmpp-2017', '5.10 b')).toBe('/uppfoljning/kmpp-2017/mal/5.10%20b')
  })

  it('gives goals anchors that are valid ids', () => {
    expect(goalAnchor('1.2')).toBe('etappmal-1-2')
    expect(goalAnchor('5.10 b')).toBe('etappmal-5-10-b')
  })

  it('puts the focus area and cursor of the news list in the query string', () => {
    expect(newsListPath({})).toBe('/nyheter')
    expect(newsListPath({ focusArea: 'hallbar-stadsutveckling' })).toBe('/nyheter?omrade=hallbar-stadsutveckling')
    expect(newsListPath({ focusArea: 'x', after: 'abc=' })).toBe('/nyheter?omrade=x&efter=abc%3D')
  })
})
