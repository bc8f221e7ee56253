import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GOAL_STATUS_LABELS } from '../../collections/FollowUps/statuses'
import { GOAL_STATUSES } from '../../src/figures'
import { asUser, graphql, signIn } from '../export/app-requests'
import { type AppServer, startApp } from '../helpers/app-server'

type Report = {
  programme: { title: string; years: number[] }
  followUp: {
    year: number
    focusAreas: Array<{ focusArea: { title: string }; statusCounts: Array<{ status: string; count: number }> }>
    disagreements: Array<{ milestoneGoal: { id: string; code: string } }>
  }
}

const REPORT = /* GraphQL */ `
  query ($year: Int!) {
    programme(slug: "kmpp-2017") { title years }
    followUp(programme: "kmpp-2017", year: $year, preview: true) {
      year
      focusAreas { focusArea { title } statusCounts { status count } }
      disagreements { milestoneGoal { id code } }
    }
  }
`

let app: AppServer
let token: string
let report: Report

beforeAll(async () => {
  app = await startApp()
  token = await signIn(app.url, 'strateg@example.org')
  // The strategist's latest year, drafts too: a year whose round is still open is the one being worked on.
  const latest = await fetch(`${app.url}/api/follow-ups?depth=0&draft=true&sort=-year&limit=1`, { headers: asUser(token) })
  const { docs } = (await latest.json()) as { docs: Array<{ year: number }> }
  report = await graphql<Report>(app.url, REPORT, { year: docs[0].year }, asUser(token))
})

afterAll(async () => {
  await app?.stop()
})

async function adminHome(cookie: string): Promise<string> {
  const response = await fetch(`${app.url}/admin`, { headers: { cookie } })
  expect(response.status).toBe(200)
  return response.text()
}

const decode = (html: string) =>
  html
    .replace(/<!-- -->/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")

/** The panel's table rows as [heading, ...cells]. */
function tableRows(html: string): string[][] {
  return [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, row]) =>
    [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map(([, cell]) => decode(cell)),
  )
}

describe('the follow-up panel on the admin home', () => {
  let panel: string

  beforeAll(async () => {
    const html = await adminHome(`payload-token=${token}`)
    const start = html.indexOf(`Uppföljning ${report.followUp.year}: ${report.programme.title}`)
    expect(start).toBeGreaterThan(-1)
    panel = html.slice(start, html.indexOf('</section>', start))
  })

  it('shows the latest follow-up year with the status totals per focus area, statuses named', () => {
    const rows = tableRows(panel)
    expect(rows[0]).toEqual(['Fokusområde', ...GOAL_STATUSES.map((status) => GOAL_STATUS_LABELS[status].sv), 'Totalt'])
    const expected = report.followUp.focusAreas.map(({ focusArea, statusCounts }) => {
      const counts = GOAL_STATUSES.map((status) => statusCounts.find((entry) => entry.status === status.toUpperCase())!.count)
      return [focusArea.title, ...counts.map(String), String(counts.reduce((a, b) => a + b, 0))]
    })
    expect(rows.slice(1, -1)).toEqual(expected)
    const totals = rows.at(-1)!
    expect(totals[0]).toBe('Totalt')
    expect(totals.at(-1)).toBe('25')
  })

  it("links each goal where assessment and data disagree to its assessment's admin page", async () => {
    const { disagreements } = report.followUp
    expect(disagreements.length).toBeGreaterThan(0)
    expect(decode(panel)).toContain(`Bedömning och data går isär (${disagreements.length})`)
    for (const { milestoneGoal } of disagreements) {
      const where = `where[milestoneGoal][equals]=${milestoneGoal.id}&where[year][equals]=${report.followUp.year}`
      const found = await fetch(`${app.url}/api/follow-ups?${where}&depth=0&draft=true`, { headers: asUser(token) })
      const [followUp] = ((await found.json()) as { docs: Array<{ id: string }> }).docs
      expect(panel).toContain(`<a href="/admin/collections/follow-ups/${followUp.id}">${milestoneGoal.code}`)
    }
    expect(panel.match(/<a href=/g)).toHaveLength(disagreements.length)
  })

  it('speaks English when the admin does', async () => {
    const html = await adminHome(`payload-token=${token}; payload-lng=en`)
    expect(html).toContain(`Follow-up ${report.followUp.year}: `)
    expect(decode(html)).toContain(`Assessment and data disagree (${report.followUp.disagreements.length})`)
  })

  it('is not shown to anyone not signed in', async () => {
    const html = await adminHome('')
    expect(html).not.toContain('Uppföljning 2020')
    expect(html).not.toContain('/admin/collections/follow-ups/')
  })
})
