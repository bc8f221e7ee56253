import { parseAtomFeed } from 'feedsmith'
import { describe, expect, it } from 'vitest'

import { atomXml, type Entry, type Feed } from '../../src/app/(public)/nyheter/feed.xml/atom'

const entry = (overrides: Partial<Entry>): Entry => ({
  id: 'tag:example.org,2020-06-15:nyheter/1',
  title: { value: 'Uppföljning 2020', type: 'text' },
  updated: '2020-07-23T10:00:00.000Z',
  published: '2020-06-15T08:00:00.000Z',
  links: [{ rel: 'alternate', type: 'text/html', href: 'https://example.org/nyheter/uppfoljning-2020?a=1&b=2' }],
  summary: { value: 'Ingressen.', type: 'text' },
  content: { value: '<p>Brödtexten.</p>', type: 'html' },
  authors: [{ name: 'Elin Bergkvist', email: 'elin@example.org' }],
  ...overrides,
})

const feed = (entries: Entry[]): Feed => ({
  id: 'https://example.org/nyheter',
  title: { value: 'Nyheter', type: 'text' },
  subtitle: { value: 'Om klimat & miljö', type: 'text' },
  updated: '2024-01-01T00:00:00.000Z',
  links: [{ rel: 'self', type: 'application/atom+xml', href: 'https://example.org/nyheter/feed.xml' }],
  authors: [{ name: 'Haninge kommun', uri: 'https://example.org' }],
  xml: { lang: 'sv' },
  entries,
})

/** Characters XML 1.0 does not allow; a parser must reject a document that has one. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u

describe('atomXml', () => {
  const tricky = entry({
    title: { value: 'Mål & <medel>: "100 %" ]]> i år', type: 'text' },
    summary: { value: 'Ingress med <taggar> & citat "så här"', type: 'text' },
    content: { value: '<p>Läs <a href="https://example.org/?a=1&amp;b=2">mer</a> &amp; mer ]]> än så</p>', type: 'html' },
  })
  const xml = atomXml(feed([tricky]))
  const [parsed] = parseAtomFeed(xml).entries ?? []

  it('is an Atom document in Swedish', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">')).toBe(true)
  })

  it('carries <, &, quotes and ]]> in text and HTML content so that they read back the same', () => {
    expect(parsed.title?.value).toBe(tricky.title?.value)
    expect(parsed.summary?.value).toBe(tricky.summary?.value)
    expect(parsed.content).toEqual({ value: tricky.content?.value, type: 'html' })
    expect(parsed.links?.[0].href).toBe('https://example.org/nyheter/uppfoljning-2020?a=1&b=2')
  })

  it('drops characters XML does not allow, keeping tabs, line breaks, å, ä, ö and emoji', () => {
    const controlled = atomXml(feed([entry({ title: { value: 'a\u0000b\u0008c\u001Fd\uFFFE\te\nf åäö 🌱', type: 'text' } })]))
    expect(controlled).not.toMatch(NOT_XML)
    expect(parseAtomFeed(controlled).entries?.[0].title?.value).toBe('abcd\te\nf åäö 🌱')
  })

  it('leaves out the summary, content, published date and author an entry lacks', () => {
    const bare = atomXml(feed([entry({ summary: undefined, content: undefined, published: undefined, authors: undefined })]))
    expect(bare).not.toMatch(/<summary|<content|<published/)
    expect(bare.match(/<author>/g)).toHaveLength(1)
  })

  it('has no entries when the feed has none', () => {
    const empty = parseAtomFeed(atomXml(feed([])))
    expect(empty.updated).toBe('2024-01-01T00:00:00.000Z')
    expect(empty.entries).toBeUndefined()
  })
})
