import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fetchNewsListPage } from '../../src/app/(public)/nyheter/news-list-query'
import { pointSiteAt } from '../helpers/api-url'
import { makeNews } from '../helpers/fixtures'
import { dataOf, goalIdsByCode, type SeededApi, seededApi } from '../helpers/graphql-seeded'

/** A news item belongs to the focus areas of the goals it is linked to, as it belongs to their programme. */
const URBAN = 'hallbar-stadsutveckling'
const WATER = 'rent-vatten-och-naturens-mangfald'

let api: SeededApi
let goalOnly: { slug: string }
let areaOnly: { slug: string }
let pointBack: (() => void) | undefined

beforeAll(async () => {
  api = await seededApi()
  const { payload } = api
  const goals = await goalIdsByCode(payload)
  const {
    docs: [water],
  } = await payload.find({ collection: 'focus-areas', where: { slug: { equals: WATER } }, depth: 0, overrideAccess: true })
  goalOnly = await makeNews(payload, 'published', { milestoneGoals: [goals.get('2.1')!], publishedAt: '2030-01-02T08:00:00.000Z' })
  areaOnly = await makeNews(payload, 'published', { focusAreas: [water.id], publishedAt: '2030-01-01T08:00:00.000Z' })
  pointBack = pointSiteAt(api.url)
})
afterAll(async () => {
  pointBack?.()
  await api?.close()
})

const NEWS = `query($focusArea: String) {
  news(first: 50, filter: { focusArea: $focusArea }) { totalCount edges { node { slug focusAreas { slug } } } }
}`
const slugsIn = async (focusArea: string) => {
  const { news } = dataOf(await api.post(NEWS, { focusArea }))
  expect(news.totalCount).toBe(news.edges.length)
  return news.edges.map((edge: { node: { slug: string } }) => edge.node.slug)
}

describe('news about a focus area', () => {
  it('includes an item linked only to one of its goals, and not under another focus area', async () => {
    expect(await slugsIn(URBAN)).toContain(goalOnly.slug)
    expect(await slugsIn(WATER)).toContain(areaOnly.slug)
    expect(await slugsIn(WATER)).not.toContain(goalOnly.slug)
    expect(await slugsIn(URBAN)).not.toContain(areaOnly.slug)
  })

  it('NewsItem.focusAreas names the focus area of its goals', async () => {
    const { news } = dataOf(await api.post(NEWS, {}))
    const node = news.edges.find((edge: { node: { slug: string } }) => edge.node.slug === goalOnly.slug).node
    expect(node.focusAreas).toEqual([{ slug: URBAN }])
  })

  it('/nyheter?omrade=hallbar-stadsutveckling lists it: the page’s own read of the API', async () => {
    expect(api.url).toMatch(/\/graphql$/)
    const page = await fetchNewsListPage({ focusArea: URBAN })
    expect(page?.items.map((item) => item.slug)).toContain(goalOnly.slug)
    expect(page?.items.map((item) => item.slug)).not.toContain(areaOnly.slug)
  })
})
