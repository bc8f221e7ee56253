/** Atom feeds (RFC 4287) as text, written by feedsmith. */
import { type AtomFeed, generateAtomFeed } from 'feedsmith'

export type Feed = AtomFeed.Feed<string>
export type Entry = AtomFeed.Entry<string>

/** Characters XML 1.0 does not allow at all, such as most control characters. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Every string of the feed without the characters XML forbids, which feedsmith would write as they are. */
function withoutNonXmlCharacters(feed: Feed): Feed {
  return JSON.parse(JSON.stringify(feed), (_key, value: unknown) => (typeof value === 'string' ? value.replace(NOT_XML, '') : value))
}

export function atomXml(feed: Feed): string {
  return generateAtomFeed(withoutNonXmlCharacters(feed))
}
