import { parseAtomFeed } from 'feedsmith'
import { describe, expect, it } from 'vitest'

import { type AtomEntry, type AtomFeed, atomFeed, escapeXml } from '../../src/app/(public)/nyheter/feed.xml/atom'

const entry = (overrides: Partial<AtomEntry>): AtomEntry => ({
  id: 'tag:example.org,2020-06-15:nyheter/1',
  title: 'Uppföljning 2020',
  updated: '2020-07-23T10:00:00.000Z',
  published: '2020-06-15T08:00:00.000Z',
  url: 'https://example.org/nyheter/uppfoljning-2020',
  summary: 'Ingressen.',
  contentHtml: '<p>Brödtexten.</p>',
  author: { name: 'Elin Bergkvist', email: 'elin@example.org' },
  ...overrides,
})

const feed = (entries: AtomEntry[]): AtomFeed => ({
  id: 'https://example.org/nyheter',
  title: 'Nyheter',
  subtitle: 'Om klimat & miljö',
  selfUrl: 'https://example.org/nyheter/feed.xml',
  pageUrl: 'https://example.org/nyheter',
  author: { name: 'Haninge kommun', uri: 'https://example.org' },
  language: 'sv',
  entries,
  updatedWhenEmpty: '2024-01-01T00:00:00.000Z',
})

describe('escapeXml', () => {
  it('escapes markup characters and both quotes', () => {
    expect(escapeXml(`<b>Tom & "Jerry" 's</b>`)).toBe('&lt;b&gt;Tom &amp; &quot;Jerry&quot; &apos;s&lt;/b&gt;')
  })

  it('drops characters XML does not allow, keeping tabs, line breaks, å, ä, ö and emoji', () => {
    expect(escapeXml('a\u0000b\u0008c\u001Fd\uFFFE\te\nf åäö 🌱')).toBe('abcd\te\nf åäö 🌱')
  })
})

describe('atomFeed', () => {
  const tricky = entry({
    title: 'Mål & <medel>: "100 %" i år',
    summary: 'Ingress med <taggar> & citat "så här"',
    contentHtml: '<p>Läs <a href="https://example.org/?a=1&amp;b=2">mer</a> &amp; mer</p>',
  })
  const xml = atomFeed(feed([tricky, entry({ id: 'tag:example.org,2021-01-01:nyheter/2', updated: '2021-01-02T00:00:00.000Z', author: null })]))
  const parsed = parseAtomFeed(xml)

  it('is an Atom document in Swedish', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">')).toBe(true)
  })

  it('escapes <, & and quotes in text and carries HTML content escaped', () => {
    expect(xml).toContain('<title type="text">Mål &amp; &lt;medel&gt;: &quot;100 %&quot; i år</title>')
    expect(xml).toContain('<content type="html">&lt;p&gt;Läs &lt;a href=&quot;https://example.org/?a=1&amp;amp;b=2&quot;&gt;mer&lt;/a&gt; &amp;amp; mer&lt;/p&gt;</content>')
    expect(xml).not.toContain('<medel>')
    expect(xml).not.toContain('<p>')
  })

  it('reads back into the same texts', () => {
    const [first] = parsed.entries ?? []
    expect(first.title?.value).toBe(tricky.title)
    expect(first.summary?.value).toBe(tricky.summary)
    expect(first.content?.value).toBe(tricky.contentHtml)
    expect(parsed.subtitle?.value).toBe('Om klimat & miljö')
  })

  it('has the feed id, self and alternate links and the feed author', () => {
    expect(parsed.id).toBe('https://example.org/nyheter')
    expect(parsed.links).toEqual([
      { rel: 'self', type: 'application/atom+xml', href: 'https://example.org/nyheter/feed.xml' },
      { rel: 'alternate', type: 'text/html', href: 'https://example.org/nyheter' },
    ])
    expect(parsed.authors).toEqual([{ name: 'Haninge kommun', uri: 'https://example.org' }])
  })

  it('gives each entry its id, dates, link and author, leaving out an author it lacks', () => {
    const [first, second] = parsed.entries ?? []
    expect(first).toMatchObject({
      id: tricky.id,
      updated: tricky.updated,
      published: tricky.published,
      links: [{ rel: 'alternate', type: 'text/html', href: tricky.url }],
      authors: [{ name: 'Elin Bergkvist', email: 'elin@example.org' }],
    })
    expect(second.authors).toBeUndefined()
  })

  it('is updated when its latest entry was, whatever the order', () => {
    expect(parsed.updated).toBe('2021-01-02T00:00:00.000Z')
  })

  it('is updated at the given time when it has no entries', () => {
    const empty = parseAtomFeed(atomFeed(feed([])))
    expect(empty.updated).toBe('2024-01-01T00:00:00.000Z')
    expect(empty.entries).toBeUndefined()
  })

  it('leaves out the summary, content and published date an entry lacks', () => {
    const bare = atomFeed(feed([entry({ summary: null, contentHtml: null, published: null })]))
    expect(bare).not.toMatch(/<summary|<content|<published/)
  })
})
