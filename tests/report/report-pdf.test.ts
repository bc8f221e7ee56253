import { beforeAll, describe, expect, it } from 'vitest'

import { GET } from '../../src/app/(public)/uppfoljning/[programme]/[year]/rapport.pdf/route'
import { statusLabel } from '../../src/app/labels'
import { seededSite } from '../helpers/seeded-site'
import { pdfPages } from './extract-pdf-text'
import { type SeededFocusArea, seededFocusAreas } from './seeded-follow-up'

const site = seededSite()

const reportPdf = (programme: string, year: string) =>
  GET(new Request(`http://127.0.0.1/uppfoljning/${programme}/${year}/rapport.pdf`), { params: Promise.resolve({ programme, year }) })

describe('/uppfoljning/{programme}/{year}/rapport.pdf', () => {
  let pages: string[]
  let focusAreas: SeededFocusArea[]

  beforeAll(async () => {
    const response = await reportPdf('kmpp-2017', '2020')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    pages = await pdfPages(await response.arrayBuffer())
    focusAreas = await seededFocusAreas(site.api().url)
  })

  it('opens with the title, the contents and the totals, with å, ä and ö', () => {
    expect(pages[0]).toContain('Uppföljning 2020')
    expect(pages[0]).toContain('Innehåll')
    expect(pages[0]).toContain('Bedömda etappmål')
    expect(pages[0]).toContain('Uppnådda eller på väg att uppnås')
    for (const { focusArea } of focusAreas) expect(pages[0]).toContain(`${focusArea.order}. ${focusArea.title}`)
  })

  it('starts each focus area on a page of its own, headed by its title', () => {
    const headings = focusAreas.map(({ focusArea }) => `${focusArea.order}. ${focusArea.title}`)
    const firstPages = headings.map((heading) => pages.findIndex((page, index) => index > 0 && page.startsWith(heading)))
    expect(firstPages.every((page) => page > 0)).toBe(true)
    expect(firstPages).toEqual([...firstPages].sort((a, b) => a - b))
    expect(new Set(firstPages).size).toBe(headings.length)
    const contents = pages[0].slice(pages[0].indexOf('Innehåll'), pages[0].indexOf('Sammanfattning'))
    expect(contents).toBe(`Innehåll ${headings.map((heading, index) => `${heading} ${firstPages[index] + 1}`).join(' ')} `)
  })

  it("has every goal's code and text with its status as the web page names it, in the goal's focus area", () => {
    const text = pages.join(' ')
    const goals = focusAreas.flatMap((area) => area.goals)
    expect(goals.length).toBeGreaterThan(10)
    for (const { milestoneGoal } of goals) expect(text).toContain(`${milestoneGoal.code} ${milestoneGoal.text.slice(0, 30)}`)
    const statuses = focusAreas.flatMap(({ goals }) => goals.map(({ status }) => `Bedömning 2020: ${statusLabel(status)}`))
    const written = [...text.matchAll(/Bedömning 2020: [^.]*?(?= Jämfört med)/g)].map((match) => match[0])
    expect(written).toEqual(statuses)
  })

  it('gives each indicator its values as a table', () => {
    expect(pages.join(' ')).toMatch(/År Värde 20\d\d \d/)
  })

  it('answers 404 for an unknown programme, a year without a published follow-up, and a malformed year', async () => {
    for (const [programme, year] of [
      ['okant-program', '2020'],
      ['kmpp-2017', '2021'],
      ['kmpp-2017', '20x0'],
    ]) {
      const response = await reportPdf(programme, year)
      expect(response.status, `${programme}/${year}`).toBe(404)
      expect(await response.text()).toContain('Det finns ingen sådan uppföljning')
    }
  })
})
