/**
 * The public pages against the built app: they show what /graphql gives (the test asks the API
 * for the same figures), one h1 each, text status labels, a chart per indicator, working
 * pagination and filter, and 404 for what does not exist.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GOAL_STATUS_LABELS } from '../../collections/FollowUps/statuses'
import { TEXT_LIMITS } from '../../graphql/argument-limits'
import { NEWS_PAGE_SIZE } from '../../src/app/(public)/nyheter/news-list-query'
import type { GoalStatus } from '../../src/figures'
import { richTextFromParagraphs } from '../../src/shared/richtext'
import { asUser, graphql, signIn } from '../export/app-requests'
import { type AppServer, startApp } from '../helpers/app-server'
import { count, decode, slice, textOf } from './helpers/html'

const PROGRAMME = 'kmpp-2017'
const FILTER_AREA = 'hallbar-stadsutveckling'
const FEATURED_AREA = 'fossilfria-resor-och-transporter'
/** More than a page, so that the list has a second page. */
const EXTRA_NEWS = NEWS_PAGE_SIZE + 2

let app: AppServer
/** Uploads outside tests/.tmp, which a test run started meanwhile would empty. */
const mediaDir = mkdtempSync(join(os.tmpdir(), 'kmpp-public-pages-media-'))
let featured: { slug: string; title: string; lead: string; alt: string }
let draftSlug: string

// --- Reading the server's HTML (helpers/html.ts) -----------------------------------------------

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const label = (status: string) => GOAL_STATUS_LABELS[status.toLowerCase() as GoalStatus].sv

/** The news items a page lists: the slugs of its links to /nyheter/{slug} inside <main>. */
const listedSlugs = (html: string) =>
  [...slice(html, '<main', '</main>').matchAll(/href="\/nyheter\/([^"?#]+)"/g)].map((match) => decodeURIComponent(match[1]))

async function page(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${app.url}${path}`)
  return { status: response.status, html: await response.text() }
}

async function okPage(path: string): Promise<string> {
  const { status, html } = await page(path)
  expect(status, path).toBe(200)
  return html
}

// --- The API's answers ------------------------------------------------------------------------

type ApiStatusCount = { status: string; count: number }
type ApiFollowUp = {
  programme: {
    years: number[]
    followUp: {
      goalCount: number
      assessedCount: number
      shareAchievedOrOnTrack: number
      statusCounts: ApiStatusCount[]
      focusAreas: Array<{ focusArea: { slug: string; title: string; order: number }; statusCounts: ApiStatusCount[] }>
      goals: Array<{
        milestoneGoal: { code: string; text: string }
        status: string
        indicators: Array<{ id: string; name: string; target: { value: number } | null; series: Array<{ year: number }> }>
      }>
      news: Array<{ slug: string }>
    }
  }
}

const apiFollowUp = (year: number) =>
  graphql<ApiFollowUp>(
    app.url,
    `query ($programme: String!, $year: Int!) {
      programme(slug: $programme) {
        years
        followUp(year: $year) {
          goalCount assessedCount shareAchievedOrOnTrack
          statusCounts { status count }
          focusAreas { focusArea { slug title order } statusCounts { status count } }
          goals { milestoneGoal { code text } status indicators { id name target { value } series { year } } }
          news { slug }
        }
      }
    }`,
    { programme: PROGRAMME, year },
  )

type ApiNewsPage = {
  news: {
    totalCount: number
    pageInfo: { endCursor: string | null; hasNextPage: boolean }
    edges: Array<{ node: { slug: string; title: string } }>
  }
}

const apiNews = (variables: { after?: string; focusArea?: string } = {}) =>
  graphql<ApiNewsPage>(
    app.url,
    `query ($first: Int!, $after: String, $focusArea: String) {
      news(first: $first, after: $after, filter: { focusArea: $focusArea }) {
        totalCount pageInfo { endCursor hasNextPage } edges { node { slug title } }
      }
    }`,
    { first: NEWS_PAGE_SIZE, ...variables },
  )

// --- Content made through Payload's REST API, as an editor would ------------------------------

async function restJson<T>(path: string, token: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${app.url}${path}`, { ...init, headers: { ...asUser(token), ...init.headers } })
  expect(response.ok, `${init.method ?? 'GET'} ${path}: ${response.status}`).toBe(true)
  return (await response.json()) as T
}

async function idOf(token: string, collection: string, where: string): Promise<string> {
  const { docs } = await restJson<{ docs: Array<{ id: string }> }>(`/api/${collection}?depth=0&${where}`, token)
  expect(docs.length, `${collection} ${where}`).toBe(1)
  return docs[0].id
}

async function uploadImage(token: string, alt: string): Promise<string> {
  const png = await sharp({ create: { width: 80, height: 40, channels: 3, background: { r: 11, g: 79, b: 138 } } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'laddstolpe.png')
  form.append('_payload', JSON.stringify({ alt }))
  const { doc } = await restJson<{ doc: { id: string } }>('/api/media', token, { method: 'POST', body: form })
  return doc.id
}

async function createNews(token: string, data: Record<string, unknown>): Promise<{ slug: string }> {
  const { doc } = await restJson<{ doc: { slug: string } }>('/api/news', token, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(data),
  })
  return doc
}

/** Published news beside the seeded item, one in three about FILTER_AREA, the newest with everything a news item can have; and a draft. */
async function createNewsItems(): Promise<void> {
  const token = await signIn(app.url, 'kommunikator@example.org')
  const filterArea = await idOf(token, 'focus-areas', `where[slug][equals]=${FILTER_AREA}`)
  const featuredArea = await idOf(token, 'focus-areas', `where[slug][equals]=${FEATURED_AREA}`)
  for (let index = 0; index < EXTRA_NEWS - 1; index++) {
    await createNews(token, {
      title: `Testnyhet nummer ${index + 1}`,
      lead: `Ingress till testnyhet ${index + 1}.`,
      body: richTextFromParagraphs([`Brödtext ${index + 1}.`]),
      publishedAt: new Date(Date.UTC(2021, 2, 1 + index, 9)).toISOString(),
      focusAreas: index % 3 === 0 ? [filterArea] : [],
      _status: 'published',
    })
  }

  const alt = 'En elbil laddas vid en laddstolpe i Handen'
  const title = 'Fler laddstolpar & fossilfria resor i Haninge'
  const lead = 'Kommunen har byggt fler publika laddstolpar under året.'
  const created = await createNews(token, {
    title,
    lead,
    body: richTextFromParagraphs(['## Laddstolpar i hela kommunen', 'Nu finns det 63 laddpunkter & tankställen.']),
    publishedAt: '2021-03-31T09:00:00.000Z',
    heroImage: await uploadImage(token, alt),
    contact: await idOf(token, 'contacts', 'where[email][equals]=elin.bergkvist@haninge.se'),
    focusAreas: [featuredArea],
    milestoneGoals: [
      await idOf(token, 'milestone-goals', 'where[code][equals]=1.3'),
      await idOf(token, 'milestone-goals', 'where[code][equals]=1.1'),
    ],
    followUpYear: 2020,
    _status: 'published',
  })
  featured = { slug: created.slug, title, lead, alt }
  draftSlug = (await createNews(token, { title: 'Ett opublicerat utkast om laddstolpar', _status: 'draft' })).slug
}

beforeAll(async () => {
  app = await startApp({ env: { MEDIA_DIR: mediaDir } })
  await createNewsItems()
})

afterAll(async () => {
  await app?.stop()
  rmSync(mediaDir, { recursive: true, force: true })
})

describe('every public page', () => {
  it('is a Swedish document with landmarks and exactly one h1', async () => {
    const paths = ['/', `/uppfoljning/${PROGRAMME}/2020`, '/nyheter', `/nyheter/${featured.slug}`]
    for (const path of paths) {
      const html = await okPage(path)
      expect(html, path).toMatch(/<html lang="sv"/)
      expect(count(html, /<h1[\s>]/g), path).toBe(1)
      for (const landmark of [/<header[\s>]/g, /<main[\s>]/g, /<footer[\s>]/g, /<nav aria-label="Huvudmeny"/g]) {
        expect(count(html, landmark), `${path} ${landmark}`).toBe(1)
      }
    }
  })
})

describe('an address that no page has', () => {
  it("gets a Swedish 404 page in the site's layout, and points to the feed from every page", async () => {
    const { status, html } = await page('/finns/inte')
    expect(status).toBe(404)
    expect(html).toMatch(/<html lang="sv"/)
    expect(textOf(html)).toContain('Sidan finns inte')
    expect(count(html, /<main[\s>]/g)).toBe(1)
    expect(await okPage('/nyheter')).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]* href="\/nyheter\/feed.xml"/)
  })
})

describe('the admin', () => {
  it("keeps its own root layout, Payload's", async () => {
    const html = await okPage('/admin/login')
    expect(html).toContain('@layer payload-default, payload;')
    expect(html).not.toContain('Hoppa till innehållet')
  })
})

describe('the home page', () => {
  it('links to the latest follow-up and the latest news', async () => {
    const { programme } = await apiFollowUp(2020)
    const latest = programme.years.at(-1)
    const html = await okPage('/')
    expect(html).toContain(`href="/uppfoljning/${PROGRAMME}/${latest}"`)
    expect(html).toContain('href="/nyheter"')
    const { news } = await apiNews()
    expect(listedSlugs(html)).toEqual(news.edges.slice(0, 3).map(({ node }) => node.slug))
  })
})

describe('a follow-up page', () => {
  let api: ApiFollowUp['programme']
  let html: string

  beforeAll(async () => {
    api = (await apiFollowUp(2020)).programme
    html = await okPage(`/uppfoljning/${PROGRAMME}/2020`)
  })

  it('shows the totals the API gives', () => {
    const { goalCount, assessedCount, shareAchievedOrOnTrack, statusCounts } = api.followUp
    expect(textOf(html)).toContain(`Bedömda etappmål ${assessedCount} av ${goalCount}`)
    expect(textOf(html)).toContain(`${Math.round(shareAchievedOrOnTrack * 100)} % av de bedömda`)
    expect(statusCounts).toHaveLength(5)
    for (const { status, count: goals } of statusCounts) {
      const row = textOf(slice(html, `<tr data-status="${status}"`, '</tr>'))
      expect(row).toMatch(new RegExp(`^\\S ${escapeRegExp(label(status))} ${goals}$`))
    }
  })

  it('shows each focus area as a bar of its statuses with a legend in words', () => {
    const overview = slice(html, 'id="per-fokusomrade"', '</section>')
    const entries = overview.split('href="#fokusomrade-').slice(1)
    expect(entries.map((entry) => entry.slice(0, entry.indexOf('"')))).toEqual(
      api.followUp.focusAreas.map(({ focusArea }) => focusArea.slug),
    )
    api.followUp.focusAreas.forEach(({ focusArea, statusCounts }, index) => {
      const entry = entries[index]
      const present = statusCounts.filter(({ count: goals }) => goals > 0)
      expect(textOf(`<a ${entry}`)).toContain(`${focusArea.order}. ${focusArea.title}`)
      expect([...entry.matchAll(/flex-grow:(\d+)/g)].map((match) => Number(match[1]))).toEqual(present.map(({ count: goals }) => goals))
      for (const { status, count: goals } of present) {
        expect(textOf(entry)).toMatch(new RegExp(`\\S ${escapeRegExp(label(status))} ${goals} etappmål`))
      }
    })
  })

  it('lists every goal with its status in words and a chart per indicator, with a target line where there is a target', () => {
    expect(count(html, /<article id="etappmal-/g)).toBe(api.followUp.goals.length)
    for (const { milestoneGoal, status, indicators } of api.followUp.goals) {
      const article = slice(html, `<article id="etappmal-${milestoneGoal.code.replace('.', '-')}"`, '</article>')
      const text = textOf(article)
      expect(text).toContain(`${milestoneGoal.code} ${milestoneGoal.text}`)
      expect(text).toMatch(new RegExp(`Bedömning 2020: \\S ${escapeRegExp(label(status))} Jämfört med 2019: `))

      const charts = article.split('<svg').slice(1)
      expect(charts, milestoneGoal.code).toHaveLength(indicators.length)
      indicators.forEach((indicator, index) => {
        const chart = charts[index]
        expect(chart).toMatch(/^[^>]*role="img"/)
        const name = decode(/aria-label="([^"]*)"/.exec(chart)?.[1] ?? '')
        expect(name.startsWith(`${indicator.name} (`), name).toBe(true)
        expect(chart.includes('data-chart-part="target"'), `${indicator.name} target line`).toBe(indicator.target !== null)
        expect(name.includes('Målvärde'), `${indicator.name} described target`).toBe(indicator.target !== null)
        const path = /<path[^>]*d="([^"]*)"[^>]*data-chart-part="series"/.exec(chart)?.[1] ?? ''
        expect(count(path, /[ML]/g), `${indicator.name} points`).toBe(indicator.series.length)
      })
    }
  })

  it("links beside each chart to the indicator's values as CSV and JSON, each link naming the indicator in Swedish", async () => {
    for (const { milestoneGoal, indicators } of api.followUp.goals) {
      const article = slice(html, `<article id="etappmal-${milestoneGoal.code.replace('.', '-')}"`, '</article>')
      const figures = article.split('<figure').slice(1)
      expect(figures, milestoneGoal.code).toHaveLength(indicators.length)
      indicators.forEach((indicator, index) => {
        const links = [...figures[index].matchAll(/<a href="([^"]*)"[^>]*>(.*?)<\/a>/g)].map((match) => ({
          href: decode(match[1]),
          name: textOf(match[2]),
        }))
        expect(links).toEqual(
          (['csv', 'json'] as const).map((extension) => ({
            href: `/export/indicator/${indicator.id}.${extension}`,
            name: `${extension.toUpperCase()} med värdena för ${indicator.name}`,
          })),
        )
      })
    }
    const [indicator] = api.followUp.goals.flatMap((goal) => goal.indicators)
    for (const extension of ['csv', 'json']) {
      expect((await fetch(`${app.url}/export/indicator/${indicator.id}.${extension}`)).status).toBe(200)
    }
  })

  it('links to every year with a follow-up, marking the one shown', async () => {
    const switcher = slice(html, '<nav aria-label="Uppföljningsår"', '</nav>')
    const linked = [...switcher.matchAll(new RegExp(`href="/uppfoljning/${PROGRAMME}/(\\d{4})"`, 'g'))].map((match) => Number(match[1]))
    expect(linked).toEqual(api.years)
    expect(switcher).toContain(`href="/uppfoljning/${PROGRAMME}/2020" aria-current="page"`)
    expect(count(switcher, /aria-current/g)).toBe(1)
    for (const year of api.years.filter((year) => year !== 2020)) {
      const other = await okPage(`/uppfoljning/${PROGRAMME}/${year}`)
      const { followUp } = (await apiFollowUp(year)).programme
      expect(textOf(other)).toContain(`Bedömda etappmål ${followUp.assessedCount} av ${followUp.goalCount}`)
      expect(slice(other, '<nav aria-label="Uppföljningsår"', '</nav>')).toContain(
        `href="/uppfoljning/${PROGRAMME}/${year}" aria-current="page"`,
      )
    }
  })

  it("links to the news about the year's follow-up", () => {
    expect(api.followUp.news.map(({ slug }) => slug)).toContain(featured.slug)
    const section = slice(html, 'id="nyheter-om-uppfoljningen"', '</section>')
    expect(listedSlugs(`<main>${section}</main>`)).toEqual(api.followUp.news.map(({ slug }) => slug))
  })

  it.each([
    ['an unknown programme', '/uppfoljning/finns-inte/2020'],
    ['a year without a follow-up', `/uppfoljning/${PROGRAMME}/2030`],
    ['a year outside the range', `/uppfoljning/${PROGRAMME}/1850`],
    ['something else than a year', `/uppfoljning/${PROGRAMME}/tjugo`],
    ['a programme slug longer than any can be', `/uppfoljning/${'x'.repeat(TEXT_LIMITS.slug + 1)}/2020`],
  ])('is not found for %s', async (_, path) => {
    const { status, html: notFound } = await page(path)
    expect(status).toBe(404)
    expect(textOf(notFound)).toContain('Sidan finns inte')
  })
})

describe('the news list', () => {
  it('lists the newest published news a page at a time, as the API pages them', async () => {
    const first = await apiNews()
    expect(first.news.totalCount).toBe(EXTRA_NEWS + 1)
    const html = await okPage('/nyheter')
    expect(listedSlugs(html)).toEqual(first.news.edges.map(({ node }) => node.slug))
    expect(textOf(html)).toContain(`${first.news.totalCount} nyheter`)
    expect(html).not.toContain('Till de senaste nyheterna')

    const next = decode(/href="([^"]*)" rel="next"/.exec(html)?.[1] ?? '')
    expect(next).toBe(`/nyheter?efter=${first.news.pageInfo.endCursor}`)
    const second = await apiNews({ after: first.news.pageInfo.endCursor! })
    const secondHtml = await okPage(next)
    expect(listedSlugs(secondHtml)).toEqual(second.news.edges.map(({ node }) => node.slug))
    expect(listedSlugs(secondHtml)).toContain('uppfoljning-av-kmpp-2020')
    expect(secondHtml).not.toContain('rel="next"')
    expect(secondHtml).toMatch(/<a href="\/nyheter">Till de senaste nyheterna<\/a>/)
  })

  it('leaves drafts out', async () => {
    const pages = [await okPage('/nyheter'), await okPage(`/nyheter?efter=${(await apiNews()).news.pageInfo.endCursor}`)]
    expect(pages.flatMap(listedSlugs)).toHaveLength(EXTRA_NEWS + 1)
    expect(pages.flatMap(listedSlugs)).not.toContain(draftSlug)
  })

  it('filters by focus area through the address', async () => {
    const filtered = await apiNews({ focusArea: FILTER_AREA })
    expect(filtered.news.totalCount).toBeGreaterThan(1)
    expect(filtered.news.totalCount).toBeLessThan(EXTRA_NEWS)
    const html = await okPage(`/nyheter?omrade=${FILTER_AREA}`)
    expect(listedSlugs(html)).toEqual(filtered.news.edges.map(({ node }) => node.slug))
    expect(textOf(html)).toContain(`${filtered.news.totalCount} nyheter om Hållbar stadsutveckling`)
    expect(html).toMatch(new RegExp(`<option value="${FILTER_AREA}" selected="">`))
    // The page's own form, in <main>: the header has the site's search box.
    const form = /<form[^>]*>/.exec(slice(html, '<main', '</main>'))?.[0]
    expect(form).toContain('method="get"')
    expect(form).toContain('action="/nyheter"')
    expect(html).toMatch(/<label for="omrade">Fokusområde<\/label><select id="omrade" name="omrade"/)
  })

  it.each([
    ['an unknown focus area', '/nyheter?omrade=finns-inte'],
    ['a cursor the API did not give out', '/nyheter?efter=inte-en-markor'],
  ])('is not found for %s', async (_, path) => {
    expect((await page(path)).status).toBe(404)
  })
})

describe('a news item', () => {
  type ApiNewsItem = { newsItem: { publishedAt: string; heroImage: { url: string; alt: string } } }

  it('shows its title, date, lead, body, hero image, contact and goals', async () => {
    const { newsItem } = await graphql<ApiNewsItem>(
      app.url,
      `query ($slug: String!) { newsItem(slug: $slug) { publishedAt heroImage { url alt } } }`,
      {
        slug: featured.slug,
      },
    )
    const html = await okPage(`/nyheter/${featured.slug}`)
    const text = textOf(html)
    expect(textOf(slice(html, '<h1', '</h1>'))).toBe(featured.title)
    expect(html).toContain(`<time dateTime="${newsItem.publishedAt}">31 mars 2021</time>`)
    expect(text).toContain(featured.lead)
    expect(html).toMatch(/<h2>Laddstolpar i hela kommunen<\/h2>/)
    expect(text).toContain('Nu finns det 63 laddpunkter & tankställen.')

    const image = /<img [^>]*>/.exec(html)?.[0] ?? ''
    expect(decode(/alt="([^"]*)"/.exec(image)?.[1] ?? '')).toBe(featured.alt)
    expect(newsItem.heroImage.alt).toBe(featured.alt)
    const src = decode(/src="([^"]*)"/.exec(image)?.[1] ?? '')
    expect(src).toBe(newsItem.heroImage.url)
    const served = await fetch(new URL(src, app.url))
    expect(served.headers.get('content-type')).toBe('image/png')

    expect(text).toContain('Kontakt Elin Bergkvist Klimat- och miljöstrateg')
    expect(html).toContain('href="mailto:elin.bergkvist@haninge.se"')
    expect(html).toContain(`href="/nyheter?omrade=${FEATURED_AREA}"`)
  })

  it('links its goals to their place in the follow-up of its year', async () => {
    const html = await okPage(`/nyheter/${featured.slug}`)
    const goals = slice(html, 'id="etappmal"', '</section>')
    const links = [...goals.matchAll(/href="([^"]*)"/g)].map((match) => decode(match[1]))
    expect(links.sort()).toEqual([`/uppfoljning/${PROGRAMME}/2020#etappmal-1-1`, `/uppfoljning/${PROGRAMME}/2020#etappmal-1-3`])
    const followUp = await okPage(`/uppfoljning/${PROGRAMME}/2020`)
    for (const link of links) expect(followUp).toContain(`id="${link.split('#')[1]}"`)
  })

  it('renders the seeded news item with its headings', async () => {
    const html = await okPage('/nyheter/uppfoljning-av-kmpp-2020')
    expect(textOf(slice(html, '<h1', '</h1>'))).toBe('Uppföljning av klimat- och miljöpolitiska programmet 2020')
    expect(html).toContain('<h2>Fossilfria resor och transporter</h2>')
    expect(html).toContain('15 juni 2020')
  })

  it.each([
    ['an unknown slug', () => '/nyheter/finns-inte'],
    ['a draft', () => `/nyheter/${draftSlug}`],
    ['a slug longer than any can be', () => `/nyheter/${'x'.repeat(TEXT_LIMITS.slug + 1)}`],
  ])('is not found for %s', async (_, path) => {
    const { status, html } = await page(path())
    expect(status).toBe(404)
    expect(textOf(html)).toContain('Sidan finns inte')
  })
})
