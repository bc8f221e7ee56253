/**
 * The public pages checked with axe-core in real Chromium against the production build: no
 * violation of WCAG 2.1 level A or AA, whatever its impact. Each page leaves a screenshot in
 * tests/screenshots/accessibility/.
 */
import { describe, expect, it } from 'vitest'

import { queryApiAt } from '../../src/app/api-client/client'
import { appInBrowser } from './helpers/app'
import { describeViolations, wcagViolations } from './helpers/axe'
import { step } from './helpers/browser'
import { PROGRAMME } from './helpers/public-api'

describe('the public pages', () => {
  const session = appInBrowser()

  async function expectAccessible(path: string, stepName: string): Promise<void> {
    const { page } = session
    const response = await page.goto(path)
    expect(response?.status(), `GET ${path}`).toBe(200)
    await step(page, stepName)
    const violations = await wcagViolations(page)
    if (violations.length) console.log(`${path}:\n${describeViolations(violations)}`)
    expect(violations, describeViolations(violations)).toEqual([])
  }

  it('the start page has no WCAG 2.1 A or AA violation', async () => {
    await expectAccessible('/', 'home')
  })

  it('the 2020 follow-up has no WCAG 2.1 A or AA violation', async () => {
    await expectAccessible(`/uppfoljning/${PROGRAMME}/2020`, 'follow-up-2020')
  })

  it("the 2020 follow-up's print report has no WCAG 2.1 A or AA violation", async () => {
    await expectAccessible(`/uppfoljning/${PROGRAMME}/2020/rapport`, 'follow-up-report-2020')
  })

  it("a milestone goal's page has no WCAG 2.1 A or AA violation", async () => {
    await expectAccessible(`/uppfoljning/${PROGRAMME}/mal/1.1`, 'milestone-goal')
  })

  it('the news list has no WCAG 2.1 A or AA violation', async () => {
    await expectAccessible('/nyheter', 'news-list')
  })

  it('an organisation page has no WCAG 2.1 A or AA violation', async () => {
    await expectAccessible('/organisationer/samhallsbyggnadsforvaltningen', 'organisation')
  })

  it('the search page with results has no WCAG 2.1 A or AA violation', async () => {
    await expectAccessible('/sok?q=klimat', 'search')
  })

  it('the accessibility statement has no WCAG 2.1 A or AA violation', async () => {
    await expectAccessible('/tillganglighet', 'accessibility-statement')
  })

  it('the accessibility statement in English has no WCAG 2.1 A or AA violation', async () => {
    await expectAccessible('/en/accessibility', 'accessibility-statement-en')
  })

  it.each([
    ['/en', 'home-en'],
    [`/en/follow-up/${PROGRAMME}/2020`, 'follow-up-2020-en'],
    [`/en/follow-up/${PROGRAMME}/2020/report`, 'follow-up-report-2020-en'],
    ['/en/news', 'news-list-en'],
    ['/en/news/uppfoljning-av-kmpp-2020', 'news-item-en'],
    [`/en/follow-up/${PROGRAMME}/goal/1.1`, 'goal-page-en'],
    ['/en/organisations/samhallsbyggnadsforvaltningen', 'organisation-en'],
    ['/en/search?q=climate', 'search-en'],
  ])('the English page %s has no WCAG 2.1 A or AA violation', async (path, stepName) => {
    await expectAccessible(path, stepName)
  })

  it('a news item has no WCAG 2.1 A or AA violation', async () => {
    const { news } = await queryApiAt<{ news: { edges: Array<{ node: { slug: string } }> } }>(
      `${session.app.url}/graphql`,
      '{ news(first: 1) { edges { node { slug } } } }',
    )
    const [newest] = news.edges
    expect(newest, 'a published news item').toBeDefined()
    await expectAccessible(`/nyheter/${newest.node.slug}`, 'news-item')
  })
})
