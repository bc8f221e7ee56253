/**
 * The search page in Chromium against the built app: the header's search box leads to /sok, which
 * lists what the API's search finds, with each hit's kind, title, link and marked snippet, pages
 * on both ways, and searches the English text at /en/search.
 */
import { describe, expect, it } from 'vitest'

import { SEARCH_PAGE_SIZE } from '../../src/app/(public)/sok/search-query'
import { graphql } from '../export/app-requests'
import { appInBrowser } from './helpers/app'
import { step } from './helpers/browser'

type ApiSearch = { search: { totalCount: number; edges: Array<{ node: { __typename: string; id: string } }> } }

const QUERY = 'klimat'

describe('the search page', () => {
  const session = appInBrowser()

  const apiSearch = (query: string, locale = 'SV') =>
    graphql<ApiSearch>(
      session.app.url,
      `query($query: String!, $locale: Locale) {
        search(query: $query, first: 100, locale: $locale) { totalCount edges { node { __typename ... on NewsItem { id } } } }
      }`,
      { query, locale },
    )

  const hitTitles = () => session.page.locator('main ol > li h2').allInnerTexts()

  it('is reached from the search box in the header of every page, and lists what the API finds', async () => {
    const { page } = session
    const { search } = await apiSearch(QUERY)
    expect(search.totalCount).toBeGreaterThan(SEARCH_PAGE_SIZE)

    await page.goto('/nyheter')
    await page.getByRole('search').getByLabel('Sök på webbplatsen').fill(QUERY.toUpperCase())
    await page.getByRole('search').getByRole('button', { name: 'Sök' }).click()
    await page.waitForURL(/\/sok\?q=KLIMAT/)
    await step(page, 'search-results')

    await expect.poll(() => page.locator('h1').innerText()).toBe('Sök')
    expect(await page.getByText(`${search.totalCount} träffar för ”KLIMAT”`).count()).toBe(1)
    const items = page.locator('main ol > li')
    expect(await items.count()).toBe(SEARCH_PAGE_SIZE)
    // Each hit: its kind, its title as a link, a snippet with the matched words marked.
    const kinds = await items.locator('p:first-child').allInnerTexts()
    expect(kinds.every((kind) => ['Etappmål', 'Åtgärd', 'Indikator', 'Nyhet'].includes(kind))).toBe(true)
    expect(await items.locator('h2 a').count()).toBe(SEARCH_PAGE_SIZE)
    const marked = await items.locator('mark').allInnerTexts()
    expect(marked.length).toBeGreaterThan(0)
    expect(marked.every((word) => word.toLowerCase().startsWith('klimat'))).toBe(true)
    // The box on the page keeps the query.
    expect(await page.locator('#sokord').inputValue()).toBe('KLIMAT')
  })

  it('pages forward and back', async () => {
    const { page } = session
    await page.goto(`/sok?q=${QUERY}`)
    const first = await hitTitles()
    await page.getByRole('link', { name: 'Fler träffar' }).click()
    await page.waitForURL(/efter=/)
    const second = await hitTitles()
    expect(second.length).toBeGreaterThan(0)
    expect(second.some((title) => first.includes(title))).toBe(false)
    await page.getByRole('link', { name: 'Föregående träffar' }).click()
    await page.waitForURL(/fore=/)
    expect(await hitTitles()).toEqual(first)
  })

  it('follows a hit to its page', async () => {
    const { page } = session
    await page.goto(`/sok?q=${QUERY}`)
    const link = page.locator('main ol > li h2 a').first()
    const href = await link.getAttribute('href')
    expect(href).toMatch(/^\/(nyheter|uppfoljning)\//)
    const response = await page.request.get(href!.split('#')[0])
    expect(response.status()).toBe(200)
  })

  it('searches the English text at /en/search, in English, reached from the Swedish page', async () => {
    const { page } = session
    const { search } = await apiSearch('climate', 'EN')
    await page.goto('/sok?q=climate')
    await page.getByRole('link', { name: 'In English' }).click()
    await page.waitForURL(/\/en\/search\?q=climate/)
    await step(page, 'search-results-english')
    expect(await page.locator('h1').innerText()).toBe('Search')
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    const results = search.totalCount === 1 ? '1 result' : `${search.totalCount} results`
    expect(await page.getByText(`${results} for “climate”`).count()).toBe(1)
  })

  it('says so when nothing matches, and shows only the box without a query', async () => {
    const { page } = session
    await page.goto('/sok?q=qwxzyv')
    expect(await page.getByText('0 träffar för ”qwxzyv”').count()).toBe(1)
    expect(await page.getByText('Inget matchade sökningen.', { exact: false }).count()).toBe(1)
    const response = await page.goto('/sok')
    expect(response?.status()).toBe(200)
    expect(await page.locator('main ol').count()).toBe(0)
    expect(await page.locator('#sokord').count()).toBe(1)
  })
})
