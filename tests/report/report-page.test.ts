import { readFileSync } from 'node:fs'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { FollowUpPage } from '../../src/app/(public)/uppfoljning/[programme]/[year]/FollowUpPage'
import { ReportPage } from '../../src/app/(public)/uppfoljning/[programme]/[year]/rapport/ReportPage'
import { statusLabel } from '../../src/app/labels'
import { seededSite } from '../helpers/seeded-site'
import { type SeededFocusArea, seededFocusAreas } from './seeded-follow-up'

// The year's page names its embeds' addresses by the request's host; here there is no request.
vi.mock('next/headers', () => ({ headers: async () => new Headers({ host: 'site.test' }) }))

const site = seededSite()

const paramsOf = (programme: string, year: string) => ({ params: Promise.resolve({ programme, year }), lang: 'sv' as const })
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ')

describe('/uppfoljning/{programme}/{year}/rapport, the report laid out for print', () => {
  let html: string
  let focusAreas: SeededFocusArea[]

  beforeAll(async () => {
    html = renderToStaticMarkup(await ReportPage(paramsOf('kmpp-2017', '2020')))
    focusAreas = await seededFocusAreas(site.api().url)
  })

  it('has a table of contents linking to the totals and to each focus area and goal', () => {
    const contents = html.slice(html.indexOf('<nav aria-labelledby="innehall-rubrik"'), html.indexOf('</nav>'))
    expect(contents).toContain('href="#sammanfattning"')
    for (const { focusArea, goals } of focusAreas) {
      expect(contents).toContain(`href="#fokusomrade-${focusArea.slug}">${focusArea.order}. ${focusArea.title}</a>`)
      expect(html).toContain(`id="fokusomrade-${focusArea.slug}"`)
      for (const { milestoneGoal } of goals) expect(contents).toContain(`>${milestoneGoal.code}</a>`)
    }
  })

  it('gives the totals per status and per focus area', () => {
    const summary = text(html.slice(html.indexOf('id="sammanfattning"'), html.indexOf('id="fokusomrade-')))
    expect(summary).toContain('Bedömda etappmål')
    expect(summary).toContain('Etappmål per status och fokusområde 2020')
    for (const { focusArea } of focusAreas) expect(summary).toContain(`${focusArea.order}. ${focusArea.title}`)
  })

  it('starts each focus area on a new A4 page', () => {
    const sections = [...html.matchAll(/<section aria-labelledby="fokusomrade-[^"]+" class="([^"]+)"/g)].map((match) => match[1])
    expect(sections).toHaveLength(focusAreas.length)
    expect(new Set(sections).size).toBe(1)
    expect(sections[0]).toMatch(/focusArea/)
    const css = readFileSync('src/app/(public)/uppfoljning/[programme]/[year]/rapport/report.module.css', 'utf8')
    expect(css).toMatch(/@page\s*{\s*size: A4;/)
    expect(css).toMatch(/\.focusArea\s*{[^}]*break-before: page;/)
  })

  it("shows every goal with its status, and every indicator's chart with its values as a table", () => {
    const statuses = [...text(html).matchAll(/Bedömning 2020: \S+ ([^J]+?) Jämfört med/g)].map((match) => match[1])
    const goals = focusAreas.flatMap((area) => area.goals)
    expect(statuses).toEqual(goals.map(({ status }) => statusLabel(status)))
    const withValues = goals.flatMap((goal) => goal.indicators).filter((indicator) => indicator.series.length > 0)
    expect((html.match(/<svg/g) ?? []).length).toBe(goals.flatMap((goal) => goal.indicators).length)
    expect((html.match(/<th scope="col">År<\/th>/g) ?? []).length).toBe(withValues.length)
  })

  it('links to the PDF, and the year page links to both', async () => {
    expect(html).toContain('href="/uppfoljning/kmpp-2017/2020/rapport.pdf"')
    const yearPage = renderToStaticMarkup(await FollowUpPage(paramsOf('kmpp-2017', '2020')))
    expect(yearPage).toContain('href="/uppfoljning/kmpp-2017/2020/rapport"')
    expect(yearPage).toContain('href="/uppfoljning/kmpp-2017/2020/rapport.pdf"')
  })

  it('is not found for an unknown programme or a year without a published follow-up', async () => {
    for (const [programme, year] of [
      ['okant-program', '2020'],
      ['kmpp-2017', '2021'],
    ]) {
      await expect(ReportPage(paramsOf(programme, year)), `${programme}/${year}`).rejects.toThrow(/404/)
    }
  })
})
