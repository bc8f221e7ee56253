import { describe, expect, it } from 'vitest'

import {
  followUpPath,
  followUpReportPath,
  goalAnchor,
  goalPath,
  homePath,
  newsItemPath,
  newsListPath,
  organisationPath,
  programmePath,
  searchFormPath,
  searchPath,
} from '../../src/app/(public)/paths'

describe('public paths', () => {
  it('addresses a follow-up and a news item, escaping what needs it', () => {
    expect(followUpPath('kmpp-2017', 2020)).toBe('/uppfoljning/kmpp-2017/2020')
    expect(newsItemPath('a b/c')).toBe('/nyheter/a%20b%2Fc')
  })

  it("addresses a goal's page by its programme and code", () => {
    expect(goalPath('kmpp-2017', '1.2')).toBe('/uppfoljning/kmpp-2017/mal/1.2')
    expect(goalPath('kmpp-2017', '5.10 b')).toBe('/uppfoljning/kmpp-2017/mal/5.10%20b')
    expect(goalPath('kmpp-2017', '1.2', 'en')).toBe('/en/follow-up/kmpp-2017/goal/1.2')
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

  it('addresses every page in Swedish by default and in English under /en', () => {
    expect(homePath()).toBe('/')
    expect(homePath('en')).toBe('/en')
    expect(programmePath('kmpp-2017', 'en')).toBe('/en/follow-up/kmpp-2017')
    expect(followUpPath('kmpp-2017', 2020, 'en')).toBe('/en/follow-up/kmpp-2017/2020')
    expect(newsItemPath('a b/c', 'en')).toBe('/en/news/a%20b%2Fc')
    expect(newsListPath({}, 'en')).toBe('/en/news')
    expect(newsListPath({ focusArea: 'x', after: 'abc=' }, 'en')).toBe('/en/news?omrade=x&efter=abc%3D')
    expect(organisationPath('tornberget')).toBe('/organisationer/tornberget')
    expect(organisationPath('tornberget', 'en')).toBe('/en/organisations/tornberget')
    expect(searchFormPath('en')).toBe('/en/search')
    expect(searchPath({ query: 'klimat', after: 'c' })).toBe('/sok?q=klimat&efter=c')
    expect(searchPath({ query: 'climate' }, 'en')).toBe('/en/search?q=climate')
  })

  it("addresses the year's report in each language, and its one PDF in Swedish", () => {
    expect(followUpReportPath('kmpp-2017', 2020, 'print')).toBe('/uppfoljning/kmpp-2017/2020/rapport')
    expect(followUpReportPath('kmpp-2017', 2020, 'print', 'en')).toBe('/en/follow-up/kmpp-2017/2020/report')
    expect(followUpReportPath('kmpp-2017', 2020, 'pdf', 'en')).toBe('/uppfoljning/kmpp-2017/2020/rapport.pdf')
  })
})
