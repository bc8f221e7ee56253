import { parseAtomFeed } from 'feedsmith'
import { describe, expect, it } from 'vitest'

import { atomXml } from '../../src/app/(public)/nyheter/feed.xml/atom'
import { type FeedNewsItem, newsFeed } from '../../src/app/(public)/nyheter/feed.xml/news-feed'

const SITE = 'https://uppfoljning.example.org'
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

/** The feed as a reader sees it: written as Atom and parsed again. */
const read = (news: FeedNewsItem[]) => parseAtomFeed(atomXml(newsFeed(SITE, news, now)))

describe('newsFeed', () => {
  const feed = read([item])

  it('points at the news page and at itself, in Swedish, by the municipality', () => {
    expect(feed).toMatchObject({
      id: `${SITE}/nyheter`,
      title: { value: 'Nyheter – KMPP uppföljning', type: 'text' },
      subtitle: { value: 'Nyheter om Haninge kommuns klimat- och miljöpolitiska program och uppföljningen av det.', type: 'text' },
      links: [
        { rel: 'self', type: 'application/atom+xml', href: `${SITE}/nyheter/feed.xml` },
        { rel: 'alternate', type: 'text/html', href: `${SITE}/nyheter` },
      ],
      authors: [{ name: 'Haninge kommun', uri: SITE }],
      xml: { lang: 'sv' },
    })
  })

  it('makes an entry of each item, linking to its page', () => {
    expect(feed.entries).toEqual([
      {
        id: 'tag:uppfoljning.example.org,2020-06-15:nyheter/7',
        title: { value: 'Uppföljning 2020', type: 'text' },
        updated: '2020-07-23T10:00:00.000Z',
        published: '2020-06-15T08:00:00.000Z',
        links: [{ rel: 'alternate', type: 'text/html', href: `${SITE}/nyheter/uppfoljning-2020` }],
        summary: { value: 'Ingressen.', type: 'text' },
        content: { value: '<p>Brödtexten.</p>', type: 'html' },
        authors: [{ name: 'Elin Bergkvist', email: 'elin@example.org' }],
      },
    ])
  })

  it("keeps an entry's id when the item's slug changes", () => {
    const [moved] = read([{ ...item, slug: 'ny-adress' }]).entries ?? []
    expect(moved.id).toBe(feed.entries?.[0].id)
    expect(moved.links).toEqual([{ rel: 'alternate', type: 'text/html', href: `${SITE}/nyheter/ny-adress` }])
  })

  it('leaves the author to the feed when the item has no contact, and an email the contact lacks', () => {
    expect(read([{ ...item, contact: null }]).entries?.[0].authors).toBeUndefined()
    expect(read([{ ...item, contact: { name: 'Elin Bergkvist', email: null } }]).entries?.[0].authors).toEqual([{ name: 'Elin Bergkvist' }])
  })

  it('leaves out the lead, body and publication date an item lacks', () => {
    const [bare] = read([{ ...item, lead: null, body: null, publishedAt: null }]).entries ?? []
    expect(bare.summary).toBeUndefined()
    expect(bare.content).toBeUndefined()
    expect(bare.published).toBeUndefined()
    expect(bare.id).toBe('tag:uppfoljning.example.org,2020-07-23:nyheter/7')
  })

  it('is updated when its latest entry was, whatever the order', () => {
    const later = { ...item, id: '8', updatedAt: '2021-01-02T00:00:00.000Z' }
    expect(read([item, later, { ...item, id: '9' }]).updated).toBe('2021-01-02T00:00:00.000Z')
  })

  it('is updated now when it has no entries', () => {
    const empty = read([])
    expect(empty.updated).toBe(now.toISOString())
    expect(empty.entries).toBeUndefined()
  })
})
