import MiniSearch from 'minisearch'

import { type Snippet, snippetOf } from './snippet'
import { type SearchLocale, termOf, wordsOf } from './text'

/** The kinds of content the search finds, by the API's type names. */
export const SEARCH_TYPES = ['MilestoneGoal', 'Action', 'Indicator', 'NewsItem'] as const
export type SearchType = (typeof SEARCH_TYPES)[number]

/** Which document: its kind and ID. */
export type SearchRef = { type: SearchType; id: string }

/** A document as the index keeps it: its title, its other texts in the order a snippet prefers them, and when it last changed. */
export type SearchDocument = SearchRef & {
  title: string
  texts: string[]
  stamp: string
  /** A news item's publication date (ISO 8601), by which news lists are ordered; null for a draft never published. */
  publishedAt?: string | null
}

/** A match, best first: the document, the index's terms its words matched, and a news item's date. */
export type SearchHit = { type: SearchType; id: string; score: number; terms: ReadonlySet<string>; publishedAt: string | null }

/** A title word counts for this many words of the rest. */
const TITLE_BOOST = 3

export const keyOf = ({ type, id }: SearchRef) => `${type}:${id}`

/**
 * The documents of one language and one view (published, or drafts too), searchable by words in
 * any case and order, composed or decomposed, by their beginnings and (through the language's
 * stemmer) in any inflection: every word of a query must match a word of the document.
 */
export class SearchIndex {
  private readonly engine: MiniSearch<{ key: string; title: string; text: string }>
  private readonly documents = new Map<string, SearchDocument>()

  /**
   * `context`: what else the documents' texts were read under (which years were hidden); an index
   * of another context is built anew, not updated.
   */
  constructor(
    documents: Iterable<SearchDocument>,
    readonly locale: SearchLocale,
    readonly context = '',
  ) {
    this.engine = new MiniSearch({
      idField: 'key',
      fields: ['title', 'text'],
      storeFields: [],
      tokenize: (text) => wordsOf(text).map((word) => word.text),
      processTerm: (term) => termOf(term, locale) || null,
      searchOptions: { boost: { title: TITLE_BOOST }, prefix: true, combineWith: 'AND' },
    })
    this.update([...documents], [])
  }

  /** Adds or replaces `changed` and removes the documents of `removed` (keys as keyOf gives them). */
  update(changed: SearchDocument[], removed: Iterable<string>): void {
    for (const key of [...removed, ...changed.map(keyOf)]) {
      if (this.documents.delete(key)) this.engine.discard(key)
    }
    for (const document of changed) this.documents.set(keyOf(document), document)
    this.engine.addAll(changed.map((document) => ({ key: keyOf(document), title: document.title, text: document.texts.join('\n') })))
  }

  /** When each document last changed, by key. */
  stamps(): ReadonlyMap<string, string> {
    return new Map([...this.documents].map(([key, document]) => [key, document.stamp]))
  }

  get size(): number {
    return this.documents.size
  }

  /** Every document matching `query`, best first (ties in a fixed order); none for a query without words. */
  search(query: string, types: readonly SearchType[] = SEARCH_TYPES): SearchHit[] {
    const hits: SearchHit[] = []
    for (const result of this.engine.search(query.normalize('NFC'))) {
      const document = this.documents.get(result.id as string)
      if (!document || !types.includes(document.type)) continue
      const { type, id, publishedAt = null } = document
      hits.push({ type, id, score: result.score, terms: new Set(result.terms), publishedAt })
    }
    return hits.sort((a, b) => b.score - a.score || compareKeys(keyOf(a), keyOf(b)))
  }

  /** A short extract of a hit's document with its matched words; its texts first, then its title. */
  snippet(hit: SearchHit): Snippet {
    const document = this.documents.get(keyOf(hit))
    return snippetOf(document ? [...document.texts, document.title] : [], hit.terms, this.locale)
  }
}

const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
