/** Atom feeds (RFC 4287) as text, written by feedsmith. */
import { type AtomFeed, generateAtomFeed } from 'feedsmith'

import { xmlText } from '@/src/shared/xml-text'

export type Feed = AtomFeed.Feed<string>
export type Entry = AtomFeed.Entry<string>

/** Every string of the feed without the characters XML forbids, which feedsmith would write as they are. */
function withoutNonXmlCharacters(feed: Feed): Feed {
  return JSON.parse(JSON.stringify(feed), (_key, value: unknown) => (typeof value === 'string' ? xmlText(value) : value))
}

export function atomXml(feed: Feed): string {
  return generateAtomFeed(withoutNonXmlCharacters(feed))
}
