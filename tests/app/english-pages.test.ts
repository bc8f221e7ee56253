/**
 * The public pages in English under /en against the built app: each answers in an English document
 * (html lang="en") with English texts around the seed's English content, points to its Swedish
 * counterpart and back with absolute hreflang alternates and a language switch, and says in English
 * that what does not exist is not found.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GOAL_STATUS_LABELS } from '../../collections/FollowUps/statuses'
import { graphql } from '../export/app-requests'
import { type AppServer, startApp } from '../helpers/app-server'
import { decode, slice, textOf } from './helpers/html'

const PROGRAMME = 'kmpp-2017'
const NEWS_ITEM = 'uppfoljning-av-kmpp-2020'
const ORGANISATION = 'samhallsbyggnadsforvaltningen'

let app: AppServer

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.stop()
})

async function page(path: string): Promise<{ status: number; html: string; location: string | null }> {
  const response = await fetch(`${app.url}${path}`, { redirect: 'manual' })
  return { status: response.status, html: await response.text(), location: response.headers.get('location') }
}

async function okPage(path: string): Promise<string> {
  const { status, html } = await page(path)
  expect(status, path).toBe(200)
  return html
}

const mainText = (html: string) => textOf(slice(html, '<main', '</main>'))

/** The hreflang alternates in a page's head, by language, as written (absolute addresses expected). */
function alternates(html: string): Record<string, string> {
  const links = [...html.matchAll(/<link [^>]*>/g)].map((match) => match[0]).filter((tag) => /hreflang=/i.test(tag))
  return Object.fromEntries(links.map((tag) => [/hreflang="([^"]*)"/i.exec(tag)?.[1], decode(/href="([^"]*)"/.exec(tag)?.[1] ?? '')]))
}

/** The language switch at the top of the page: where it leads, and what it says. */
function languageSwitch(html: string): { href: string; lang: string; text: string } {
  const match = /<p class="language-switch"><a href="([^"]*)" hrefLang="([^"]*)" lang="([^"]*)">([^<]*)<\/a><\/p>/.exec(html)
  expect(match, 'a language switch').not.toBeNull()
  const [, href, hrefLang, lang, text] = match ?? []
  expect(hrefLang).toBe(lang)
  return { href: decode(href), lang, text }
}

const english = (status: string) => GOAL_STATUS_LABELS[status.toLowerCase() as keyof typeof GOAL_STATUS_LABELS].en

/** Each page and its counterpart in the other language. */
const COUNTERPARTS: Array<{ sv: string; en: string }> = [
  { sv: '/', en: '/en' },
  { sv: `/uppfoljning/${PROGRAMME}/2020`, en: `/en/follow-up/${PROGRAMME}/2020` },
  { sv: `/uppfoljning/${PROGRAMME}/2020/rapport`, en: `/en/follow-up/${PROGRAMME}/2020/report` },
  { sv: '/nyheter', en: '/en/news' },
  { sv: '/nyheter?omrade=hallbar-stadsutveckling', en: '/en/news?omrade=hallbar-stadsutveckling' },
  { sv: `/nyheter/${NEWS_ITEM}`, en: `/en/news/${NEWS_ITEM}` },
  { sv: `/organisationer/${ORGANISATION}`, en: `/en/organisations/${ORGANISATION}` },
  { sv: '/sok?q=klimat', en: '/en/search?q=klimat' },
]

describe('the English pages', () => {
  it('answer in an English document with the English frame: skip link, menu, search box and footer', async () => {
    for (const { en } of COUNTERPARTS) {
      const html = await okPage(en)
      expect(html, en).toMatch(/<html lang="en"/)
      expect(html, en).toContain('>Skip to content</a>')
      const header = slice(html, '<header', '</header>')
      expect(header, en).toMatch(/<nav aria-label="Main menu">/)
      expect(header, en).toContain('<a href="/en/news">News</a>')
      expect(header, en).toContain('action="/en/search"')
      expect(header, en).toContain('Search the website')
      expect(slice(html, '<footer', '</footer>'), en).toContain('<a href="/en/accessibility">Accessibility</a>')
    }
  })

  it('show the home page with the English programme and links to the English follow-ups and news', async () => {
    const html = await okPage('/en')
    const text = mainText(html)
    expect(text).toContain('How the work on climate and environment is going')
    expect(text).toContain('Climate and Environmental Policy Programme (KMPP)')
    expect(html).toContain(`href="/en/follow-up/${PROGRAMME}/2020"`)
    expect(html).toContain(`href="/en/news/${NEWS_ITEM}"`)
    expect(text).toContain('Follow-up of the climate and environmental policy programme 2020')
  })

  it("show the year's follow-up in English: headings, statuses, focus areas, numbers and dates", async () => {
    const { followUp } = await graphql<{ followUp: { statusCounts: Array<{ status: string; count: number }> } }>(
      app.url,
      'query ($programme: String!) { followUp(programme: $programme, year: 2020, locale: EN) { statusCounts { status count } } }',
      { programme: PROGRAMME },
    )
    const html = await okPage(`/en/follow-up/${PROGRAMME}/2020`)
    const text = mainText(html)
    expect(textOf(slice(html, '<h1', '</h1>'))).toContain('Follow-up 2020')
    for (const heading of ['Summary', 'Status per focus area', 'Milestone goals assessed', 'Achieved or on track']) {
      expect(text).toContain(heading)
    }
    expect(text).toMatch(/\d+% of those assessed/)
    expect(text).toContain('Fossil-free travel and transport')
    for (const { status } of followUp.statusCounts) expect(text).toContain(english(status))
    expect(text).toMatch(/Assessment 2020: .* Compared with 2019: /)
    expect(text).not.toContain('Sammanfattning')
    expect(html).toContain(`href="/en/follow-up/${PROGRAMME}/2020/report"`)
    expect(html).toContain(`href="/en/organisations/${ORGANISATION}"`)
    expect(html).toMatch(/<nav aria-label="Follow-up years">/)
  })

  it("lead from a programme's English address to its latest follow-up in English", async () => {
    const { programme } = await graphql<{ programme: { years: number[] } }>(app.url, '{ programme(slug: "kmpp-2017") { years } }')
    const { status, location } = await page(`/en/follow-up/${PROGRAMME}`)
    expect(status).toBe(307)
    expect(new URL(location ?? '', app.url).pathname).toBe(`/en/follow-up/${PROGRAMME}/${programme.years.at(-1)}`)
  })

  it('list the news in English, with English dates, and show a news item in English', async () => {
    const list = await okPage('/en/news')
    expect(slice(list, '<h1', '</h1>')).toContain('News')
    expect(mainText(list)).toContain('Follow-up of the climate and environmental policy programme 2020')
    expect(mainText(list)).toContain('All focus areas')
    expect(list).toContain(`href="/en/news/${NEWS_ITEM}"`)

    const item = await okPage(`/en/news/${NEWS_ITEM}`)
    const text = mainText(item)
    expect(slice(item, '<h1', '</h1>')).toContain('Follow-up of the climate and environmental policy programme 2020')
    expect(text).toContain('Published 15 June 2020')
    expect(text).toContain('Climate and environment strategist')
    expect(item).toContain(`href="/en/follow-up/${PROGRAMME}/2020"`)
  })

  it('show an organisation, the report and the search in English', async () => {
    const organisation = mainText(await okPage(`/en/organisations/${ORGANISATION}`))
    expect(organisation).toContain('Urban Development Administration')
    expect(organisation).toContain('Milestone goals Urban Development Administration is responsible for')

    const report = await okPage(`/en/follow-up/${PROGRAMME}/2020/report`)
    expect(mainText(report)).toContain('Contents')
    expect(report).toContain(`href="/uppfoljning/${PROGRAMME}/2020/rapport.pdf"`)

    const search = await okPage('/en/search?q=climate')
    expect(slice(search, '<h1', '</h1>')).toContain('Search')
    expect(mainText(search)).toMatch(/\d+ results? for “climate”/)
    expect(search).toMatch(/href="\/en\/(news|follow-up)\//)
  })

  it('send the old English search, /sok?lang=en, to /en/search', async () => {
    const { status, location } = await page('/sok?q=climate&lang=en')
    expect(status).toBe(308)
    expect(location && new URL(location, app.url).href).toBe(`${app.url}/en/search?q=climate`)
  })

  it('say in English that what does not exist is not found', async () => {
    for (const path of [
      `/en/follow-up/${PROGRAMME}/1999`,
      '/en/follow-up/finns-inte',
      '/en/news/finns-inte',
      '/en/organisations/finns-inte',
      '/en/finns/inte',
    ]) {
      const { status, html } = await page(path)
      expect(status, path).toBe(404)
      // As on the Swedish pages, Next sends a page's 404 as its error shell with the page to render in its
      // payload: the English document and the English message.
      expect(html, path).toMatch(/<html lang="en"|\\"html\\",null,\{\\"lang\\":\\"en\\"/)
      expect(textOf(html), path).toContain('Page not found')
      expect(textOf(html), path).not.toContain('Sidan finns inte')
    }
  })
})

describe('a page and its counterpart in the other language', () => {
  it('point to each other with absolute hreflang alternates, Swedish the default', async () => {
    for (const { sv, en } of COUNTERPARTS) {
      const expected = { sv: `${app.url}${sv}`, en: `${app.url}${en}`, 'x-default': `${app.url}${sv}` }
      expect(alternates(await okPage(sv)), sv).toEqual(expected)
      expect(alternates(await okPage(en)), en).toEqual(expected)
    }
  })

  it('link to each other with a language switch named in the other language', async () => {
    for (const { sv, en } of COUNTERPARTS) {
      expect(languageSwitch(await okPage(sv)), sv).toEqual({ href: en, lang: 'en', text: 'In English' })
      expect(languageSwitch(await okPage(en)), en).toEqual({ href: sv, lang: 'sv', text: 'På svenska' })
    }
  })
})
