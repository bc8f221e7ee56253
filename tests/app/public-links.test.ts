/**
 * The accessibility statement and the links between the public pages: the statement in both
 * languages, linked from every page's footer; a programme's address leading to its latest follow-up;
 * a news item linking to its year's follow-up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createDocument, graphql, signIn } from '../export/app-requests'
import { type AppServer, startApp } from '../helpers/app-server'
import { count, decode, slice, textOf } from './helpers/html'

const PROGRAMME = 'kmpp-2017'
const PHONE = '08-000 00 00'

let app: AppServer

beforeAll(async () => {
  app = await startApp({ env: { ACCESSIBILITY_CONTACT_PHONE: PHONE, ACCESSIBILITY_REVIEWED_ON: '2026-11-30' } })
})

afterAll(async () => {
  await app?.stop()
})

async function page(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${app.url}${path}`, { redirect: 'manual' })
  return { status: response.status, html: await response.text() }
}

async function okPage(path: string): Promise<string> {
  const { status, html } = await page(path)
  expect(status, path).toBe(200)
  return html
}

/** The hreflang alternates in a page's head, by language. */
function alternates(html: string): Record<string, string> {
  const links = [...html.matchAll(/<link [^>]*>/g)].map((match) => match[0]).filter((tag) => /hreflang=/i.test(tag))
  return Object.fromEntries(
    links.map((tag) => [/hreflang="([^"]*)"/i.exec(tag)?.[1], new URL(decode(/href="([^"]*)"/.exec(tag)?.[1] ?? ''), app.url).pathname]),
  )
}

describe('the accessibility statement', () => {
  it('links from the footer of every public page, the 404 page included, in Swedish and in English', async () => {
    const paths = ['/', `/uppfoljning/${PROGRAMME}/2020`, '/nyheter', '/nyheter/uppfoljning-av-kmpp-2020', '/sok?q=klimat']
    const pages = [...(await Promise.all(paths.map(okPage))), (await page('/finns/inte')).html]
    for (const [index, html] of pages.entries()) {
      const footer = slice(html, '<footer', '</footer>')
      expect(footer, paths[index] ?? '404').toMatch(/<a href="\/tillganglighet">Tillgänglighet<\/a>/)
      expect(footer, paths[index] ?? '404').toMatch(/<a href="\/en\/accessibility"[^>]*lang="en"[^>]*>Accessibility<\/a>/)
    }
  })

  it('is at /tillganglighet in Swedish, in the structure DIGG gives, with the configured contact and date', async () => {
    const html = await okPage('/tillganglighet')
    expect(html).toMatch(/<html lang="sv"/)
    expect(count(html, /<h1[\s>]/g)).toBe(1)
    const text = textOf(slice(html, '<main', '</main>'))
    for (const heading of [
      'Hur tillgänglig är webbplatsen?',
      'Innehåll som inte är tillgängligt',
      'Vad kan du göra om du inte kan använda delar av webbplatsen?',
      'Rapportera brister i webbplatsens tillgänglighet',
      'Tillsyn',
      'Hur vi testat webbplatsen',
    ]) {
      expect(text).toContain(heading)
    }
    expect(text).toContain('lagen (2018:1937) om tillgänglighet till digital offentlig service')
    expect(text).toContain('delvis förenlig')
    expect(text).toContain('2026-11-30')
    expect(text).toContain('Kommunen har ännu inte angett när redogörelsen upprättades.')
    expect(html).toContain('href="mailto:kommunen@haninge.se"')
    expect(html).toContain('href="tel:080000000"')
    expect(html).toContain('href="https://www.digg.se/tdosanmalan"')
    expect(alternates(html)).toEqual({ sv: '/tillganglighet', en: '/en/accessibility', 'x-default': '/tillganglighet' })
  })

  it('is at /en/accessibility in English, its content marked as English, the two pages pointing to each other', async () => {
    const html = await okPage('/en/accessibility')
    expect(count(html, /<h1[\s>]/g)).toBe(1)
    const main = slice(html, '<main', '</main>')
    expect(main).toMatch(/<article lang="en">/)
    expect(textOf(main)).toContain('Accessibility statement for KMPP uppföljning')
    expect(textOf(main)).toContain('partly compliant')
    expect(main).toMatch(/<a href="\/tillganglighet" hrefLang="sv" lang="sv">Redogörelsen på svenska<\/a>/)
    expect(alternates(html)).toEqual({ sv: '/tillganglighet', en: '/en/accessibility', 'x-default': '/tillganglighet' })
  })
})

describe("a programme's address", () => {
  it('leads to its latest published follow-up', async () => {
    const { programme } = await graphql<{ programme: { years: number[] } }>(
      app.url,
      'query ($slug: String!) { programme(slug: $slug) { years } }',
      { slug: PROGRAMME },
    )
    const response = await fetch(`${app.url}/uppfoljning/${PROGRAMME}`, { redirect: 'manual' })
    expect(response.status).toBe(307)
    expect(new URL(response.headers.get('location') ?? '', app.url).pathname).toBe(`/uppfoljning/${PROGRAMME}/${programme.years.at(-1)}`)
  })

  it('is not found for an unknown programme, or one without a published follow-up', async () => {
    expect((await page('/uppfoljning/finns-inte')).status).toBe(404)
    const token = await signIn(app.url, 'admin@example.org')
    await createDocument(app.url, token, 'programmes', {
      title: 'Ett program utan uppföljning',
      slug: 'utan-uppfoljning',
      adoptedOn: '2025-01-01',
    })
    const { status, html } = await page('/uppfoljning/utan-uppfoljning')
    expect(status).toBe(404)
    expect(textOf(html)).toContain('Sidan finns inte')
  })
})

describe('a news item about a follow-up year', () => {
  it("links to that year's follow-up", async () => {
    const html = await okPage('/nyheter/uppfoljning-av-kmpp-2020')
    expect(html).toMatch(new RegExp(`<a href="/uppfoljning/${PROGRAMME}/2020">Läs hela uppföljningen 2020</a>`))
  })
})
