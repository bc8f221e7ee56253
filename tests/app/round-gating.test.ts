import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SEED_ACCOUNTS } from '../../src/seed/users'
import { asUser, signIn } from '../export/app-requests'
import { type AppServer, startApp } from '../helpers/app-server'

let app: AppServer
let strategist: Record<string, string>
let roundId: string

const NEWS_SLUG = 'uppfoljning-av-kmpp-2020'
const strategistEmail = SEED_ACCOUNTS.find((account) => account.role === 'strategist')!.email

/** What an anonymous reader gets of the seeded 2020 follow-up: the export, the page, the feed and the start page. */
async function publicSurfaces() {
  const [csv, page, feed, home] = await Promise.all(
    ['/export/kmpp-2017/2020.csv', '/uppfoljning/kmpp-2017/2020', '/nyheter/feed.xml', '/'].map((path) => fetch(`${app.url}${path}`)),
  )
  const [feedText, homeText] = await Promise.all([feed.text(), home.text()])
  return {
    csv: csv.status,
    page: page.status,
    feedHasYearNews: feedText.includes(`/nyheter/${NEWS_SLUG}`),
    homeLinksYear: homeText.includes('href="/uppfoljning/kmpp-2017/2020"'),
  }
}

beforeAll(async () => {
  app = await startApp()
  strategist = asUser(await signIn(app.url, strategistEmail))
  const programmes = await fetch(`${app.url}/api/programmes?where[slug][equals]=kmpp-2017&depth=0`, { headers: strategist })
  const programme = ((await programmes.json()) as { docs: Array<{ id: string }> }).docs[0]
  // The seed's 2020 follow-up is published: a round of 2020 that is still open hides it all the same.
  const created = await fetch(`${app.url}/api/follow-up-rounds`, {
    method: 'POST',
    headers: { ...strategist, 'content-type': 'application/json' },
    body: JSON.stringify({ programme: programme.id, year: 2020, deadline: '2021-03-31', state: 'open' }),
  })
  expect(created.status).toBe(201)
  roundId = ((await created.json()) as { doc: { id: string } }).doc.id
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
    expect(await published.json()).toMatchObject({ year: 2020 })
    expect(await publicSurfaces()).toEqual({ csv: 200, page: 200, feedHasYearNews: true, homeLinksYear: true })
  })
})
