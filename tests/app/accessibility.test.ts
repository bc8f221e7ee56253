/**
 * The public pages checked with axe-core in real Chromium against the production build: no
 * violation whose impact is serious or critical. Each page leaves a screenshot in
 * tests/screenshots/accessibility/.
 */
import { describe, expect, it } from 'vitest'

import { queryApiAt } from '../../src/app/api-client/client'
import { appInBrowser } from './helpers/app'
import { describeViolations, seriousViolations } from './helpers/axe'
import { step } from './helpers/browser'
import { PROGRAMME } from './helpers/public-api'

describe('the public pages', () => {
  const session = appInBrowser()

  async function expectAccessible(path: string, stepName: string): Promise<void> {
    const { page } = session
    const response = await page.goto(path)
    expect(response?.status(), `GET ${path}`).toBe(200)
    await step(page, stepName)
    const violations = await seriousViolations(page)
    if (violations.length) console.log(`${path}:\n${describeViolations(violations)}`)
    expect(violations, describeViolations(violations)).toEqual([])
  }

  it('the 2020 follow-up has no serious or critical violations', async () => {
    await expectAccessible(`/uppfoljning/${PROGRAMME}/2020`, 'follow-up-2020')
  })

  it("the 2020 follow-up's print report has no serious or critical violations", async () => {
    await expectAccessible(`/uppfoljning/${PROGRAMME}/2020/rapport`, 'follow-up-report-2020')
  })

  it('the news list has no serious or critical violations', async () => {
    await expectAccessible('/nyheter', 'news-list')
  })

  it('an organisation page has no serious or critical violations', async () => {
    await expectAccessible('/organisationer/samhallsbyggnadsforvaltningen', 'organisation')
  })

  it('the search page with results has no serious or critical violations', async () => {
    await expectAccessible('/sok?q=klimat', 'search')
  })

  it('the accessibility statement has no serious or critical violations', async () => {
    await expectAccessible('/tillganglighet', 'accessibility-statement')
  })

  it('the accessibility statement in English has no serious or critical violations', async () => {
    await expectAccessible('/en/accessibility', 'accessibility-statement-en')
  })

  it.each([
    ['/en', 'home-en'],
    [`/en/follow-up/${PROGRAMME}/2020`, 'follow-up-2020-en'],
    [`/en/follow-up/${PROGRAMME}/2020/report`, 'follow-up-report-2020-en'],
    ['/en/news', 'news-list-en'],
    ['/en/news/uppfoljning-av-kmpp-2020', 'news-item-en'],
    ['/en/organisations/samhallsbyggnadsforvaltningen', 'organisation-en'],
    ['/en/search?q=climate', 'search-en'],
  ])('the English page %s has no serious or critical violations', async (path, stepName) => {
    await expectAccessible(path, stepName)
  })

  it('a news item has no serious or critical violations', async () => {
    const { news } = await queryApiAt<{ news: { edges: Array<{ node: { slug: string } }> } }>(
      `${session.app.url}/graphql`,
      '{ news(first: 1) { edges { node { slug } } } }',
    )
    const [newest] = news.edges
    expect(newest, 'a published news item').toBeDefined()
    await expectAccessible(`/nyheter/${newest.node.slug}`, 'news-item')
  })
})
