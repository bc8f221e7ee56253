/** Atom feeds (RFC 4287) as text. */

export type AtomPerson = { name: string; email?: string | null; uri?: string | null }

export type AtomEntry = {
  /** A permanent IRI that never changes, not even when the item moves. */
  id: string
  title: string
  /** RFC 3339 date-times, e.g. 2020-06-15T08:00:00.000Z */
  updated: string
  published: string | null
  /** The page of the item. */
  url: string
  summary: string | null
  /** Sanitised HTML; carried escaped, as type="html". */
  contentHtml: string | null
  /** Without one the entry has the feed's author. */
  author: AtomPerson | null
}

export type AtomFeed = {
  id: string
  title: string
  subtitle: string
  /** Its own address (rel="self") and the page it mirrors (rel="alternate"). */
  selfUrl: string
  pageUrl: string
  author: AtomPerson
  language: string
  entries: AtomEntry[]
  /** The feed's updated date when it has no entries; otherwise that of its latest entry. */
  updatedWhenEmpty: string
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/** Characters XML 1.0 does not allow at all, such as most control characters. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Text safe in XML content and in double- or single-quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (character) => ENTITIES[character])
}

/** Child elements; an empty value leaves out an optional one. */
type Children = Array<string | null | undefined | false>

const present = (children: Children) => children.filter((child): child is string => Boolean(child))
const element = (name: string, text: string, attributes = '') => `<${name}${attributes}>${escapeXml(text)}</${name}>`
const link = (rel: string, type: string, href: string) => `<link rel="${rel}" type="${type}" href="${escapeXml(href)}"/>`
const indented = (children: Children, indent: string) => present(children).map((child) => indent + child).join('\n')

function author({ name, email, uri }: AtomPerson): string {
  return `<author>${present([element('name', name), email && element('email', email), uri && element('uri', uri)]).join('')}</author>`
}

function entry(item: AtomEntry): string {
  const children = indented(
    [
      element('id', item.id),
      element('title', item.title, ' type="text"'),
      element('updated', item.updated),
      item.published && element('published', item.published),
      link('alternate', 'text/html', item.url),
      item.author && author(item.author),
      item.summary && element('summary', item.summary, ' type="text"'),
      item.contentHtml && element('content', item.contentHtml, ' type="html"'),
    ],
    '    ',
  )
  return `  <entry>\n${children}\n  </entry>`
}

const latest = (dates: string[]) => dates.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a))

export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.length ? latest(feed.entries.map((item) => item.updated)) : feed.updatedWhenEmpty
  const head = indented(
    [
      element('id', feed.id),
      element('title', feed.title, ' type="text"'),
      element('subtitle', feed.subtitle, ' type="text"'),
      element('updated', updated),
      link('self', 'application/atom+xml', feed.selfUrl),
      link('alternate', 'text/html', feed.pageUrl),
      author(feed.author),
    ],
    '  ',
  )
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    head,
    ...feed.entries.map(entry),
    '</feed>',
    '',
  ].join('\n')
}
