/**
 * The embeds against the built app: script-free HTML any site may frame, in Swedish and English,
 * oEmbed and its discovery link, "Bädda in" on the year's page, a frame on a page of another
 * origin in Chromium, and axe's WCAG 2.1 A and AA checks of each embed in both languages.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GOAL_STATUS_LABELS } from '../../collections/FollowUps/statuses'
import type { GoalStatus } from '../../src/figures'
import { graphql } from '../export/app-requests'
import { appInBrowser } from './helpers/app'
import { describeViolations, wcagViolations } from './helpers/axe'
import { step } from './helpers/browser'
import { decode, textOf } from './helpers/html'

const PROGRAMME = 'kmpp-2017'
const YEAR = 2020

const session = appInBrowser()
/** A goal with a published assessment and indicators, and one of its indicators, as the API gives them. */
let goal: { code: string; text: string; status: string; year: number }
let indicator: { id: string; name: string }
let embeds: Record<'goal' | 'indicator' | 'summary', string>

type Goals = {
  programme: {
    milestoneGoals: Array<{
      code: string
      text: string
      assessments: Array<{ year: number; status: string }>
      indicators: Array<{ id: string; name: string }>
    }>
  }
}

beforeAll(async () => {
  const { programme } = await graphql<Goals>(
    session.app.url,
    `query ($slug: String!) { programme(slug: $slug) { milestoneGoals { code text assessments { year status } indicators { id name } } } }`,
    { slug: PROGRAMME },
  )
  const found = programme.milestoneGoals.find((candidate) => candidate.assessments.length > 0 && candidate.indicators.length > 0)
  if (!found) throw new Error('The seed has no assessed goal with indicators.')
  const latest = found.assessments.at(-1)!
  goal = { code: found.code, text: found.text, status: latest.status, year: latest.year }
  indicator = found.indicators[0]
  embeds = {
    goal: `/embed/goal/${PROGRAMME}/${goal.code}`,
    indicator: `/embed/indicator/${indicator.id}`,
    summary: `/embed/summary/${PROGRAMME}/${YEAR}`,
  }
})

/** A status of the API (ON_TRACK) as the site names it. */
const labelOf = (status: string, language: 'sv' | 'en') => GOAL_STATUS_LABELS[status.toLowerCase() as GoalStatus][language]

/** A status label's text as a pattern: its symbol, then its name. */
const statusText = (status: string, language: 'sv' | 'en') => `\\S ${labelOf(status, language)}`

const get = (path: string) => fetch(`${session.app.url}${path}`, { redirect: 'manual' })
const anchorOf = (code: string) => `etappmal-${code.replace(/[^A-Za-z0-9]+/g, '-')}`

describe('the embeds', () => {
  it('are script-free HTML any site may frame, without cookies', async () => {
    for (const path of Object.values(embeds).flatMap((embed) => [embed, `${embed}?lang=en`])) {
      const response = await get(path)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/^text\/html/)
      expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors \*/)
      expect(response.headers.get('x-frame-options'), path).toBeNull()
      expect(response.headers.get('set-cookie'), path).toBeNull()
      const html = await response.text()
      expect(html.startsWith('<!DOCTYPE html>'), path).toBe(true)
      expect(html, path).not.toMatch(/<script/i)
      expect(html, path).toMatch(new RegExp(`<html lang="${path.endsWith('lang=en') ? 'en' : 'sv'}"`))
    }
  })

  it("show a goal with its latest status and its indicators' charts, and link to its follow-up", async () => {
    const html = await (await get(embeds.goal)).text()
    const text = textOf(html)
    expect(text).toContain(`${goal.code} ${goal.text}`)
    expect(text).toMatch(new RegExp(`Bedömning ${goal.year}: ${statusText(goal.status, 'sv')}`))
    expect(text).toContain(indicator.name)
    expect(html).toMatch(/<svg[^>]*role="img"/)
    expect(decode(html)).toContain(`href="${session.app.url}/uppfoljning/${PROGRAMME}/mal/${goal.code}" target="_top"`)
  })

  it('are in English with lang=en', async () => {
    const goalText = textOf(await (await get(`${embeds.goal}?lang=en`)).text())
    expect(goalText).toMatch(new RegExp(`Assessment ${goal.year}: ${statusText(goal.status, 'en')}`))
    expect(goalText).toContain('Indicators')
    const summaryText = textOf(await (await get(`${embeds.summary}?lang=en`)).text())
    expect(summaryText).toContain(`Follow-up ${YEAR}`)
    expect(summaryText).toContain('Milestone goals assessed')
    const indicatorText = textOf(await (await get(`${embeds.indicator}?lang=en`)).text())
    expect(indicatorText).toContain('Latest value')
  })

  it("show an indicator's latest value and target, and a year's totals per focus area, each linking back", async () => {
    const indicatorHtml = await (await get(embeds.indicator)).text()
    expect(textOf(indicatorHtml)).toContain('Senaste värde')
    expect(indicatorHtml).toMatch(new RegExp(`href="${session.app.url}/uppfoljning/${PROGRAMME}/mal/[^"]+" target="_top"`))
    const summaryHtml = await (await get(embeds.summary)).text()
    expect(textOf(summaryHtml)).toContain('Bedömda etappmål')
    expect(summaryHtml).toContain(`href="${session.app.url}/uppfoljning/${PROGRAMME}/${YEAR}" target="_top"`)
  })

  it('are not found for what does not exist', async () => {
    for (const path of [
      `/embed/goal/${PROGRAMME}/99.99`,
      '/embed/goal/no-such-programme/1.1',
      '/embed/indicator/no-such-indicator',
      `/embed/summary/${PROGRAMME}/1999`,
      `/embed/summary/${PROGRAMME}/20x0`,
    ]) {
      const response = await get(path)
      expect(response.status, path).toBe(404)
      expect(await response.text()).not.toMatch(/<script/i)
    }
  })
})

describe('oEmbed', () => {
  const oembed = (params: Record<string, string>) => get(`/oembed?${new URLSearchParams(params)}`)

  it("answers for a year's follow-up with its summary, and for a goal's anchor with the goal", async () => {
    const summary = await oembed({ url: `${session.app.url}/uppfoljning/${PROGRAMME}/${YEAR}`, format: 'json' })
    expect(summary.status).toBe(200)
    expect(summary.headers.get('content-type')).toMatch(/^application\/json/)
    const body = await summary.json()
    expect(body).toMatchObject({ type: 'rich', version: '1.0', provider_name: 'Haninge kommun', provider_url: `${session.app.url}/` })
    expect(body.title).toContain(`Uppföljning ${YEAR}`)
    expect(body.html).toContain(`<iframe src="${session.app.url}${embeds.summary}" width="${body.width}" height="${body.height}" title="`)

    const goalAnswer = await oembed({ url: `${session.app.url}/uppfoljning/${PROGRAMME}/${YEAR}#${anchorOf(goal.code)}`, maxwidth: '300' })
    const goalBody = await goalAnswer.json()
    expect(goalBody.html).toContain(`src="${session.app.url}${embeds.goal}"`)
    expect(goalBody.width).toBe(300)

    const english = await (await oembed({ url: `${session.app.url}${embeds.indicator}?lang=en`, format: 'json' })).json()
    expect(english.html).toContain(`src="${session.app.url}${embeds.indicator}?lang=en"`)
  })

  it('refuses other sites, what cannot be embedded and XML', async () => {
    expect((await oembed({ url: `https://example.org/uppfoljning/${PROGRAMME}/${YEAR}` })).status).toBe(404)
    expect((await oembed({ url: `${session.app.url}/nyheter` })).status).toBe(404)
    expect((await oembed({ url: `${session.app.url}/uppfoljning/${PROGRAMME}/1999` })).status).toBe(404)
    expect((await oembed({ url: `${session.app.url}/uppfoljning/${PROGRAMME}/${YEAR}`, format: 'xml' })).status).toBe(501)
    expect((await oembed({})).status).toBe(400)
  })

  it("is discovered from the year's follow-up page, which offers each embed's code", async () => {
    const html = await (await get(`/uppfoljning/${PROGRAMME}/${YEAR}`)).text()
    const link = /<link[^>]*type="application\/json\+oembed"[^>]*>/.exec(html)?.[0]
    expect(link, 'the oEmbed discovery link').toBeDefined()
    expect(link).toMatch(/rel="alternate"/)
    expect(link).toMatch(new RegExp(`title="Uppföljning ${YEAR}`))
    const discovered = await fetch(decode(/href="([^"]+)"/.exec(link!)![1]))
    expect(discovered.status).toBe(200)
    expect((await discovered.json()).html).toContain(embeds.summary)

    expect(html).toMatch(/<details[^>]*><summary>Bädda in<span class="visually-hidden">: (<!-- -->)?Uppföljning /)
    expect(html).toContain('<label for="badda-in-sammanfattning">')
    expect(decode(html)).toContain(`<iframe src="${session.app.url}${embeds.goal}"`)
    // Each chart's own, the indicator's embed.
    expect(decode(html)).toContain(`<iframe src="${session.app.url}${embeds.indicator}"`)
  })
})

describe('in a browser', () => {
  let otherSite: Server
  let otherOrigin: string

  beforeAll(async () => {
    otherSite = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      response.end(
        `<!DOCTYPE html><html lang="sv"><head><title>Kommunens webbplats</title></head><body><h1>Klimat</h1>` +
          `<iframe src="${session.app.url}${embeds.goal}" width="640" height="560" title="Etappmål"></iframe></body></html>`,
      )
    })
    await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve))
    // Another port is another origin.
    otherOrigin = `http://127.0.0.1:${(otherSite.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    await new Promise((resolve) => otherSite?.close(resolve))
  })

  it('shows an embed framed by a page of another origin', async () => {
    const { page } = session
    await page.goto(`${otherOrigin}/`)
    const frame = page.frameLocator('iframe')
    const label = labelOf(goal.status, 'sv')
    await expect.poll(() => frame.locator('h1').textContent()).toContain(goal.text)
    expect(await frame.getByText(label).count()).toBeGreaterThan(0)
    expect(await frame.getByRole('link').getAttribute('href')).toBe(`${session.app.url}/uppfoljning/${PROGRAMME}/mal/${goal.code}`)
    expect(page.frames().find((candidate) => candidate.url().startsWith(session.app.url))).toBeDefined()
    await step(page, 'embed-in-another-site')
  })

  it('finds no WCAG 2.1 A or AA violation in any embed, in either language', async () => {
    const { page } = session
    for (const path of Object.values(embeds).flatMap((embed) => [embed, `${embed}?lang=en`])) {
      await page.goto(path)
      const violations = await wcagViolations(page)
      expect(violations, `${path}\n${describeViolations(violations)}`).toEqual([])
    }
  })
})
