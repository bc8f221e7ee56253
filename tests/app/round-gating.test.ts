import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SEED_ACCOUNTS } from '../../src/seed/users'
import { asUser, signIn } from '../export/app-requests'
import { type AppServer, startApp } from '../helpers/app-server'

let app: AppServer
let strategist: Record<string, string>
let roundId: string

const YEAR = 2021
const NEWS_SLUG = 'uppfoljningen-2021-klar'
const strategistEmail = SEED_ACCOUNTS.find((account) => account.role === 'strategist')!.email

/** What an anonymous reader gets of the 2021 follow-up: the export, the page, the feed and the start page. */
async function publicSurfaces() {
  const [csv, page, feed, home] = await Promise.all(
    [`/export/kmpp-2017/${YEAR}.csv`, `/uppfoljning/kmpp-2017/${YEAR}`, '/nyheter/feed.xml', '/'].map((path) => fetch(`${app.url}${path}`)),
  )
  const [feedText, homeText] = await Promise.all([feed.text(), home.text()])
  return {
    csv: csv.status,
    page: page.status,
    feedHasYearNews: feedText.includes(`/nyheter/${NEWS_SLUG}`),
    homeLinksYear: homeText.includes(`href="/uppfoljning/kmpp-2017/${YEAR}"`),
  }
}

const firstDoc = async (path: string) => {
  const response = await fetch(`${app.url}/api/${path}`, { headers: strategist })
  expect(response.status, path).toBe(200)
  return ((await response.json()) as { docs: Array<{ id: string }> }).docs[0]
}

beforeAll(async () => {
  app = await startApp()
  strategist = asUser(await signIn(app.url, strategistEmail))
  // The seed's 2021 round is open; a published news item about that year is left out with it.
  roundId = (await firstDoc(`follow-up-rounds?where[year][equals]=${YEAR}&depth=0`)).id
  const focusArea = await firstDoc('focus-areas?limit=1&depth=0')
  const news = await fetch(`${app.url}/api/news`, {
    method: 'POST',
    headers: { ...strategist, 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'Uppföljningen 2021 klar',
      slug: NEWS_SLUG,
      focusAreas: [focusArea.id],
      followUpYear: YEAR,
      _status: 'published',
    }),
  })
  expect(news.status).toBe(201)
})

afterAll(async () => {
  await app?.stop()
})

describe('the public site while a year’s round is not published', () => {
  it('has no export, page, feed entry or link for the year', async () => {
    expect(await publicSurfaces()).toEqual({ csv: 404, page: 404, feedHasYearNews: false, homeLinksYear: false })
  })

  it('has them all once a strategist publishes the round', async () => {
    const published = await fetch(`${app.url}/api/follow-up-rounds/${roundId}/publish`, { method: 'POST', headers: strategist })
    expect(published.status).toBe(200)
    expect(await published.json()).toMatchObject({ year: YEAR })
    expect(await publicSurfaces()).toEqual({ csv: 200, page: 200, feedHasYearNews: true, homeLinksYear: true })
  })
})
