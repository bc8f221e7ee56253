import MiniSearch from 'minisearch'

import { type Snippet, snippetOf } from './snippet'
import { type SearchLocale, termOf, wordsOf } from './text'

/** The kinds of content the search finds, by the API's type names. */
export const SEARCH_TYPES = ['MilestoneGoal', 'Action', 'Indicator', 'NewsItem'] as const
export type SearchType = (typeof SEARCH_TYPES)[number]

/** A document as the index keeps it: its title and its other texts, in the order a snippet prefers them. */
export type SearchDocument = { type: SearchType; id: string; title: string; texts: string[] }

/** A match, best first: the document and the index's terms its words matched. */
export type SearchHit = { type: SearchType; id: string; score: number; terms: ReadonlySet<string> }

/** A title word counts for this many words of the rest. */
const TITLE_BOOST = 3

const keyOf = (type: SearchType, id: string) => `${type}:${id}`

/**
 * The documents of one language and one view (published, or drafts too), searchable by words in
 * any case and order, composed or decomposed, by their beginnings and (through the language's
 * stemmer) in any inflection: every word of a query must match a word of the document.
 */
export class SearchIndex {
  private readonly engine: MiniSearch<{ key: string; title: string; text: string }>
  private readonly documents = new Map<string, SearchDocument>()

  constructor(
    documents: Iterable<SearchDocument>,
    readonly locale: SearchLocale,
  ) {
    this.engine = new MiniSearch({
      idField: 'key',
      fields: ['title', 'text'],
      storeFields: [],
      tokenize: (text) => wordsOf(text).map((word) => word.text),
      processTerm: (term) => termOf(term, locale) || null,
      searchOptions: { boost: { title: TITLE_BOOST }, prefix: true, combineWith: 'AND' },
    })
    const indexed = []
    for (const document of documents) {
      const key = keyOf(document.type, document.id)
      this.documents.set(key, document)
      indexed.push({ key, title: document.title, text: document.texts.join('\n') })
    }
    this.engine.addAll(indexed)
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
      hits.push({ type: document.type, id: document.id, score: result.score, terms: new Set(result.terms) })
    }
    return hits.sort((a, b) => b.score - a.score || compareKeys(keyOf(a.type, a.id), keyOf(b.type, b.id)))
  }

  /** A short extract of a hit's document with its matched words; its texts first, then its title. */
  snippet(hit: SearchHit): Snippet {
    const document = this.documents.get(keyOf(hit.type, hit.id))
    return snippetOf(document ? [...document.texts, document.title] : [], hit.terms, this.locale)
  }
}

const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
