import { describe, expect, it } from 'vitest'

import { type FeedNewsItem, newsFeed } from '../../src/app/(public)/nyheter/feed.xml/news-feed'

const item: FeedNewsItem = {
  id: '7',
  slug: 'uppfoljning-2020',
  title: 'Uppföljning 2020',
  lead: 'Ingressen.',
  body: '<p>Brödtexten.</p>',
  publishedAt: '2020-06-15T08:00:00.000Z',
  updatedAt: '2020-07-23T10:00:00.000Z',
  contact: { name: 'Elin Bergkvist', email: 'elin@example.org' },
}
const now = new Date('2024-01-01T00:00:00.000Z')

describe('newsFeed', () => {
  const feed = newsFeed('https://uppfoljning.example.org', [item], now)

  it('points at the news page and at itself', () => {
    expect(feed).toMatchObject({
      id: 'https://uppfoljning.example.org/nyheter',
      pageUrl: 'https://uppfoljning.example.org/nyheter',
      selfUrl: 'https://uppfoljning.example.org/nyheter/feed.xml',
      language: 'sv',
      updatedWhenEmpty: now.toISOString(),
    })
  })

  it('makes an entry of each item, linking to its page', () => {
    expect(feed.entries).toEqual([
      {
        id: 'tag:uppfoljning.example.org,2020-06-15:nyheter/7',
        title: 'Uppföljning 2020',
        updated: '2020-07-23T10:00:00.000Z',
        published: '2020-06-15T08:00:00.000Z',
        url: 'https://uppfoljning.example.org/nyheter/uppfoljning-2020',
        summary: 'Ingressen.',
        contentHtml: '<p>Brödtexten.</p>',
        author: { name: 'Elin Bergkvist', email: 'elin@example.org' },
      },
    ])
  })

  it("keeps an entry's id when the item's slug changes", () => {
    const [moved] = newsFeed('https://uppfoljning.example.org', [{ ...item, slug: 'ny-adress' }], now).entries
    expect(moved.id).toBe(feed.entries[0].id)
    expect(moved.url).toBe('https://uppfoljning.example.org/nyheter/ny-adress')
  })

  it('leaves the author to the feed when the item has no contact', () => {
    expect(newsFeed('https://uppfoljning.example.org', [{ ...item, contact: null }], now).entries[0].author).toBeNull()
  })
})
