import { firstInOrder } from '../shared/first-in-order'
import { Postings } from './postings'
import { type SearchLocale, termsOf } from './text'

/** The kinds of content the search finds, by the API's type names. */
export const SEARCH_TYPES = ['MilestoneGoal', 'Action', 'Indicator', 'NewsItem'] as const
export type SearchType = (typeof SEARCH_TYPES)[number]

/** Which document: its kind and ID. */
export type SearchRef = { type: SearchType; id: string }

/** A document as the index reads it: its title, its other texts in the order a snippet prefers them, and when it last changed. */
export type SearchDocument = SearchRef & {
  title: string
  texts: string[]
  stamp: string
  /** A news item's publication date (ISO 8601), by which news lists are ordered; null for a draft never published. */
  publishedAt?: string | null
}

/** A match, best first: the document, the index's terms the query's words matched, and a news item's date. */
export type SearchHit = { type: SearchType; id: string; score: number; terms: ReadonlySet<string>; publishedAt: string | null }

/** A document with its news item's date, by which news lists are ordered. */
export type DatedRef = SearchRef & { publishedAt: string | null }

/** Which matches a ranking keeps and in what order (SearchIndex.ranked). */
export type Ranking = {
  types?: readonly SearchType[]
  order?: (a: DatedRef, b: DatedRef) => number
  only?: (document: DatedRef) => boolean
  after?: (document: DatedRef) => boolean
}

/** What the index keeps of a document: no texts, which a snippet reads again for the few documents it shows. */
type Entry = DatedRef & { stamp: string }

/** The fields, each with its weight: a title word counts for three words of the rest. */
const FIELDS = ['title', 'text'] as const
const BOOSTS = [3, 1]
/** Okapi BM25+, with the constants MiniSearch and Lucene use. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 }
/** The share of numbers of removed documents (1/n) at which the index is renumbered. */
const RENUMBER_WHEN_REMOVED = 8
/** A longer word found by a query word's beginning weighs less than the word itself, the longer the less. */
const PREFIX_WEIGHT = 0.375

export const keyOf = ({ type, id }: SearchRef) => `${type}:${id}`

/**
 * The documents of one language and one view (published, or drafts too), searchable by words in
 * any case and order, composed or decomposed, by their beginnings and (through the language's
 * stemmer) in any inflection: every word of a query must match a word of the document, and the
 * documents are ranked by BM25+ over their titles and texts.
 *
 * Documents are numbered as they are added; a changed one is removed and added again under a new
 * number, and once more than an eighth of the numbers are of removed documents, the index is renumbered:
 * until then, the removed still count in how rare a word is, a small shift in the scores.
 */
export class SearchIndex {
  private entries: Array<Entry | null> = []
  private lengths: number[][] = FIELDS.map(() => [])
  private readonly totalLengths = FIELDS.map(() => 0)
  private readonly numbers = new Map<string, number>()
  private readonly postings = new Map<string, Array<Postings | undefined>>()
  /** The terms in order, for finding those a query word begins; sorted again after new terms came. */
  private vocabulary: string[] | null = null

  /**
   * `context`: what else the documents' texts were read under (which years were hidden); an index
   * of another context is built anew, not updated.
   */
  constructor(
    documents: Iterable<SearchDocument>,
    readonly locale: SearchLocale,
    readonly context = '',
  ) {
    this.update([...documents], [])
  }

  /** Adds or replaces `changed` and removes the documents of `removed` (keys as keyOf gives them). */
  update(changed: SearchDocument[], removed: Iterable<string>): void {
    for (const key of [...removed, ...changed.map(keyOf)]) this.remove(key)
    for (const document of changed) this.add(document)
    if (this.entries.length - this.numbers.size > this.entries.length / RENUMBER_WHEN_REMOVED) this.renumber()
  }

  /** When each document last changed, by key. */
  stamps(): ReadonlyMap<string, string> {
    return new Map([...this.numbers].map(([key, number]) => [key, (this.entries[number] as Entry).stamp]))
  }

  get size(): number {
    return this.numbers.size
  }

  /**
   * How many documents of `types` that `only` keeps match `query`, and the first `limit` of them:
   * best first, or in `order` (of their IDs and dates) from those `after` lets through. Ranked by
   * number, so that only the few kept become hits: a common word matches tens of thousands.
   */
  ranked(query: string, limit: number, { types = SEARCH_TYPES, order, only, after }: Ranking = {}): { total: number; hits: SearchHit[] } {
    const scored = this.scored(query, types)
    const { scores, terms } = scored
    const entry = (number: number) => this.entries[number] as Entry
    const numbers = only ? scored.numbers.filter((number) => only(entry(number))) : scored.numbers
    const candidates = after ? numbers.filter((number) => after(entry(number))) : numbers
    const inOrder = order
      ? (a: number, b: number) => order(entry(a), entry(b))
      : (a: number, b: number) => scores[b] - scores[a] || bestFirst(this.hitOf(a, scores, terms), this.hitOf(b, scores, terms))
    const first = firstInOrder(candidates, limit, inOrder)
    return { total: numbers.length, hits: first.map((number) => this.hitOf(number, scores, terms)) }
  }

  /** The best `limit` matches of `query`, best first. */
  search(query: string, types: readonly SearchType[] = SEARCH_TYPES, limit = Infinity): SearchHit[] {
    return this.ranked(query, limit, { types }).hits
  }

  /** The numbers of the documents of `types` matching every word of `query`, their summed scores, and the terms matched. */
  private scored(query: string, types: readonly SearchType[]): { numbers: number[]; scores: Float64Array; terms: Set<string> } {
    const words = [...new Set(termsOf(query, this.locale).filter(Boolean))]
    const terms = new Set<string>()
    if (!words.length) return { numbers: [], scores: new Float64Array(0), terms }
    // The documents matching every word so far, with their summed scores.
    let { scores: total, found: candidates } = this.scoresOf(words[0], terms)
    for (const word of words.slice(1)) {
      const { scores } = this.scoresOf(word, terms)
      candidates = candidates.filter((number) => scores[number] > 0)
      for (const number of candidates) total[number] += scores[number]
    }
    const numbers = candidates.filter((number) => types.includes((this.entries[number] as Entry).type))
    return { numbers, scores: total, terms }
  }

  private hitOf(number: number, scores: Float64Array, terms: ReadonlySet<string>): SearchHit {
    const { type, id, publishedAt } = this.entries[number] as Entry
    return { type, id, score: scores[number], terms, publishedAt }
  }

  /**
   * Each document's score for one word of a query, by the document's number, and the documents it
   * found; the terms it matched go into `matched`.
   */
  private scoresOf(word: string, matched: Set<string>): { scores: Float64Array; found: number[] } {
    const scores = new Float64Array(this.entries.length)
    const found: number[] = []
    const documentCount = this.numbers.size
    for (const term of this.termsBeginningWith(word)) {
      const weight = term === word ? 1 : (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (term.length - word.length))
      this.postings.get(term)?.forEach((postings, field) => {
        if (!postings) return
        const idf = Math.log(1 + (documentCount - postings.length + 0.5) / (postings.length + 0.5))
        const averageLength = this.totalLengths[field] / documentCount
        for (let i = 0; i < postings.length; i++) {
          const number = postings.documents[i]
          if (!this.entries[number]) continue
          const count = postings.counts[i]
          const relativeLength = this.lengths[field][number] / averageLength
          const saturation = (count * (BM25.k + 1)) / (count + BM25.k * (1 - BM25.b + BM25.b * relativeLength))
          if (scores[number] === 0) found.push(number)
          scores[number] += weight * BOOSTS[field] * idf * (BM25.d + saturation)
          matched.add(term)
        }
      })
    }
    return { scores, found }
  }

  private termsBeginningWith(word: string): string[] {
    this.vocabulary ??= [...this.postings.keys()].sort()
    const vocabulary = this.vocabulary
    let low = 0
    let high = vocabulary.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (vocabulary[middle] < word) low = middle + 1
      else high = middle
    }
    const terms: string[] = []
    for (let i = low; i < vocabulary.length && vocabulary[i].startsWith(word); i++) terms.push(vocabulary[i])
    return terms
  }

  private add(document: SearchDocument): void {
    const number = this.entries.length
    const { type, id, stamp, publishedAt = null } = document
    this.entries.push({ type, id, stamp, publishedAt })
    this.numbers.set(keyOf(document), number)
    ;[document.title, document.texts.join('\n')].forEach((text, field) => {
      const terms = termsOf(text, this.locale).filter(Boolean)
      this.lengths[field].push(terms.length)
      this.totalLengths[field] += terms.length
      const counts = new Map<string, number>()
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1)
      for (const [term, count] of counts) {
        let fields = this.postings.get(term)
        if (!fields) {
          fields = []
          this.postings.set(term, fields)
          this.vocabulary = null
        }
        fields[field] ??= new Postings()
        fields[field].add(number, count)
      }
    })
  }

  private remove(key: string): void {
    const number = this.numbers.get(key)
    if (number === undefined) return
    this.numbers.delete(key)
    this.entries[number] = null
    FIELDS.forEach((_, field) => {
      this.totalLengths[field] -= this.lengths[field][number]
    })
  }

  /** Numbers the documents kept 0, 1, 2, … again, dropping the removed ones from every posting list. */
  private renumber(): void {
    const renumbered = new Int32Array(this.entries.length).fill(-1)
    const entries: Entry[] = []
    this.entries.forEach((entry, number) => {
      if (!entry) return
      renumbered[number] = entries.length
      this.numbers.set(keyOf(entry), entries.length)
      entries.push(entry)
    })
    this.lengths = this.lengths.map((lengths) => lengths.filter((_, number) => renumbered[number] >= 0))
    this.entries = entries
    for (const [term, fields] of this.postings) {
      for (const postings of fields) postings?.compact(renumbered)
      if (fields.every((postings) => !postings?.length)) {
        this.postings.delete(term)
        this.vocabulary = null
      }
    }
  }
}

/** The order of hits: the best first, ties in a fixed order. */
export function bestFirst(a: SearchHit, b: SearchHit): number {
  return b.score - a.score || compare(a.type, b.type) || compare(a.id, b.id)
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
