import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AppServer, startApp } from '../helpers/app-server'

const GOALS = '{ followUp(programme: "kmpp-2017", year: 2020) { goals { milestoneGoal { code } status } } }'

let app: AppServer

beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.stop()
})

const post = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: GOALS }) })

describe('/graphql on the production server', () => {
  it("is answered beside Next's router: gzipped when asked, varying with Accept-Encoding only, without the admin's client hints", async () => {
    const response = await post('/graphql', { 'accept-encoding': 'gzip' })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(response.headers.get('vary')).toBe('Accept-Encoding')
    expect(response.headers.get('accept-ch')).toBeNull()
    const body = await response.json()
    expect(body.data.followUp.goals).toHaveLength(25)
  })

  it('takes GET with a query string the same way', async () => {
    const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ programmes { slug } }')}`)
    expect(await response.json()).toEqual({ data: { programmes: [{ slug: 'kmpp-2017' }] } })
    expect(response.headers.get('accept-ch')).toBeNull()
  })

  it('leaves every other address to Next', async () => {
    const page = await fetch(`${app.url}/nyheter`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    expect((await fetch(`${app.url}/graphqlx`)).status).toBe(404)
  })
})
