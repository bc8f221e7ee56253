import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeNews } from '../helpers/fixtures'
import { dataOf, goalIdsByCode, type SeededApi, seededApi } from '../helpers/graphql-seeded'

/** A news item names the programme of its links, so a page can link to its year's follow-up. */
let api: SeededApi
let linked: { slug: string }
let unlinked: { slug: string }

beforeAll(async () => {
  api = await seededApi()
  const { payload } = api
  const goals = await goalIdsByCode(payload)
  linked = await makeNews(payload, 'published', { milestoneGoals: [goals.get('2.1')!], followUpYear: 2020 })
  unlinked = await makeNews(payload, 'published')
})
afterAll(async () => {
  await api?.close()
})

const NEWS_ITEM = `query($slug: String!) { newsItem(slug: $slug) { followUpYear programme { slug years } } }`
const newsItem = async (slug: string) => dataOf(await api.post(NEWS_ITEM, { slug })).newsItem

describe('NewsItem.programme', () => {
  it('is the programme of the goals it is linked to, with its published years', async () => {
    const item = await newsItem(linked.slug)
    expect(item.followUpYear).toBe(2020)
    expect(item.programme.slug).toBe('kmpp-2017')
    expect(item.programme.years).toContain(2020)
  })

  it('is null for an item without links', async () => {
    expect((await newsItem(unlinked.slug)).programme).toBeNull()
  })
})
