import { FirstInOrder } from '../shared/first-in-order'
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

/** A place in news lists: an item's ID and date. */
export type Dated = { id: string; publishedAt: string | null }

/** A document with its news item's date, by which news lists are ordered. */
export type DatedRef = SearchRef & Dated

/** An order of documents by their IDs and dates, as news lists have (negative: `a` comes first). */
export type DatedOrder = (a: Dated, b: Dated) => number

/** Which matches a ranking keeps and in what order (SearchIndex.ranked). */
export type Ranking = {
  types?: readonly SearchType[]
  only?: (document: DatedRef) => boolean
  /**
   * Instead of best first: in `compare`'s order, or in reverse going `backward`, and only the
   * documents past `after` (a cursor) in the direction of travel.
   */
  order?: { compare: DatedOrder; backward?: boolean; after?: Dated | null }
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
  /** Per order asked for, until the documents change: their numbers in that order, and each number's place in it. */
  private readonly orders = new Map<DatedOrder, { sorted: Int32Array; places: Int32Array }>()
  /**
   * Scores by document number, all zero between rankings: a ranking's summed scores and one word's.
   * Kept, not allocated for each ranking: they are as long as the index, and arrays that large are
   * allocated outside the heap, where hundreds of them a second made V8 collect its whole heap.
   */
  private totals = new Float64Array(0)
  private wordScores = new Float64Array(0)
  /** The numbers whose scores a ranking set, in `totals` and in `wordScores`. */
  private touched = new Int32Array(0)
  private wordTouched = new Int32Array(0)

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
    this.orders.clear()
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
   * best first, or in `order`. The matches are ranked by number in one pass, and only the few
   * kept become hits: a common word matches tens of thousands.
   */
  ranked(query: string, limit: number, { types = SEARCH_TYPES, only, order }: Ranking = {}): { total: number; hits: SearchHit[] } {
    const terms = new Set<string>()
    const touched = this.scored(query, terms)
    try {
      const scores = this.totals
      const entries = this.entries
      const ofAnyType = types.length === SEARCH_TYPES.length
      const dated = order && this.pastCursor(order)
      const kept = new FirstInOrder<number>(
        limit,
        dated
          ? (a, b) => dated.direction * (dated.places[a] - dated.places[b])
          : (a, b) => scores[b] - scores[a] || byKey(entries[a] as Entry, entries[b] as Entry),
      )
      let total = 0
      for (let i = 0; i < touched; i++) {
        const number = this.touched[i]
        const entry = entries[number] as Entry
        if (!(scores[number] > 0) || (!ofAnyType && !types.includes(entry.type)) || (only && !only(entry))) continue
        total++
        if (!dated || (dated.places[number] >= dated.from && dated.places[number] < dated.to)) kept.offer(number)
      }
      return { total, hits: kept.first().map((number) => this.hitOf(number, scores, terms)) }
    } finally {
      for (let i = 0; i < touched; i++) this.totals[this.touched[i]] = 0
    }
  }

  /** The best `limit` matches of `query`, best first. */
  search(query: string, types: readonly SearchType[] = SEARCH_TYPES, limit = Infinity): SearchHit[] {
    return this.ranked(query, limit, { types }).hits
  }

  /**
   * Scores the documents matching every word of `query`: their summed scores go into `totals`
   * (others' stay 0 there), the numbers they were found under into the first returned places of
   * `touched` (to be zeroed after), and the terms matched into `matched`.
   */
  private scored(query: string, matched: Set<string>): number {
    const words = [...new Set(termsOf(query, this.locale).filter(Boolean))]
    if (!words.length) return 0
    if (this.totals.length < this.entries.length) {
      this.totals = new Float64Array(this.entries.length)
      this.wordScores = new Float64Array(this.entries.length)
      this.touched = new Int32Array(this.entries.length)
      this.wordTouched = new Int32Array(this.entries.length)
    }
    const touched = this.scoresOf(words[0], matched, this.totals, this.touched)
    for (const word of words.slice(1)) {
      const found = this.scoresOf(word, matched, this.wordScores, this.wordTouched)
      for (let i = 0; i < touched; i++) {
        const number = this.touched[i]
        // A document missing this word is no match: its total goes back to 0.
        this.totals[number] = this.wordScores[number] > 0 ? this.totals[number] + this.wordScores[number] : 0
      }
      for (let i = 0; i < found; i++) this.wordScores[this.wordTouched[i]] = 0
    }
    return touched
  }

  /** A dated order's places, the range of them past its cursor, and which way they are read (1 forward, -1 back). */
  private pastCursor({ compare, backward, after }: NonNullable<Ranking['order']>) {
    const { sorted, places } = this.inOrder(compare)
    let from = 0
    let to = sorted.length
    if (after) {
      const entry = (place: number) => this.entries[sorted[place]] as Entry
      const boundary = firstPlace(sorted.length, (place) =>
        backward ? compare(entry(place), after) >= 0 : compare(entry(place), after) > 0,
      )
      if (backward) to = boundary
      else from = boundary
    }
    return { places, from, to, direction: backward ? -1 : 1 }
  }

  private inOrder(compare: DatedOrder): { sorted: Int32Array; places: Int32Array } {
    let kept = this.orders.get(compare)
    if (!kept) {
      const live: number[] = []
      this.entries.forEach((entry, number) => {
        if (entry) live.push(number)
      })
      live.sort((a, b) => compare(this.entries[a] as Entry, this.entries[b] as Entry))
      const places = new Int32Array(this.entries.length).fill(-1)
      live.forEach((number, place) => {
        places[number] = place
      })
      kept = { sorted: Int32Array.from(live), places }
      this.orders.set(compare, kept)
    }
    return kept
  }

  private hitOf(number: number, scores: Float64Array, terms: ReadonlySet<string>): SearchHit {
    const { type, id, publishedAt } = this.entries[number] as Entry
    return { type, id, score: scores[number], terms, publishedAt }
  }

  /**
   * Each document's score for one word of a query, added into `scores` by the document's number;
   * the numbers found go into `found`, and how many is returned. The terms it matched go into `matched`.
   */
  private scoresOf(word: string, matched: Set<string>, scores: Float64Array, found: Int32Array): number {
    let foundCount = 0
    const documentCount = this.numbers.size
    for (const term of this.termsBeginningWith(word)) {
      const weight = term === word ? 1 : (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (term.length - word.length))
      this.postings.get(term)?.forEach((postings, field) => {
        if (!postings) return
        // Removed documents still in the postings may outnumber the documents: the score stays positive.
        const idf = Math.log(1 + (Math.max(documentCount - postings.length, 0) + 0.5) / (postings.length + 0.5))
        const averageLength = this.totalLengths[field] / documentCount
        // BM25+ with what is the same for every document taken out of the loop, which runs for every match.
        const factor = weight * BOOSTS[field] * idf
        const fixedNorm = BM25.k * (1 - BM25.b)
        const normPerLength = (BM25.k * BM25.b) / averageLength
        const { documents, counts, length } = postings
        const lengths = this.lengths[field]
        const entries = this.entries
        let matches = 0
        for (let i = 0; i < length; i++) {
          const number = documents[i]
          if (!entries[number]) continue
          const count = counts[i]
          const saturation = (count * (BM25.k + 1)) / (count + fixedNorm + normPerLength * lengths[number])
          if (scores[number] === 0) found[foundCount++] = number
          scores[number] += factor * (BM25.d + saturation)
          matches++
        }
        if (matches) matched.add(term)
      })
    }
    return foundCount
  }

  private termsBeginningWith(word: string): string[] {
    this.vocabulary ??= [...this.postings.keys()].sort()
    const vocabulary = this.vocabulary
    const terms: string[] = []
    const first = firstPlace(vocabulary.length, (place) => vocabulary[place] >= word)
    for (let i = first; i < vocabulary.length && vocabulary[i].startsWith(word); i++) terms.push(vocabulary[i])
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

/** A fixed order of documents, for ties: by kind, then ID. */
const byKey = (a: SearchRef, b: SearchRef) => compare(a.type, b.type) || compare(a.id, b.id)

/** The first of the places 0..count-1 where `reached` holds, which once it holds, holds for every later place. */
function firstPlace(count: number, reached: (place: number) => boolean): number {
  let low = 0
  let high = count
  while (low < high) {
    const middle = (low + high) >>> 1
    if (reached(middle)) high = middle
    else low = middle + 1
  }
  return low
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
