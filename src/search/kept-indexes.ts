import { keyOf, type SearchDocument, SearchIndex, type SearchRef } from './search-index'
import type { SearchLocale } from './text'

/** Documents read at once: well under the databases' limits on a query's parameters. */
const DOCUMENTS_PER_READ = 500

/** Which index: the language, and whether it holds drafts (the latest version of every document) or published content only. */
export type IndexScope = { locale: SearchLocale; draft: boolean }

/** Every document of a scope with when it last changed, and what else their texts depend on (SearchIndex.context). */
export type SearchListing = { documents: Array<SearchRef & { stamp: string }>; context: string }

/** Where an index's documents come from: a cheap list of them all, and the documents themselves (a few hundred at a time). */
export type SearchSource = {
  list: (scope: IndexScope) => Promise<SearchListing>
  read: (scope: IndexScope, refs: SearchRef[]) => Promise<SearchDocument[]>
}

/**
 * Search indexes kept in this process, one per scope, each valid for one content version (the
 * token every write to content changes, collections/hooks/signal-content-change.ts). Each search
 * reads the current version first. After a change, the first search of a scope brings its index up
 * to date: it lists the scope's documents with when each last changed, drops those no longer
 * listed and reads again only those changed or new (all of them the first time, or when the
 * context changed). Searches meanwhile wait for that one update, and updates run one after another.
 */
export class KeptSearchIndexes {
  private readonly kept = new Map<string, { version: string; index: Promise<SearchIndex | null> }>()

  constructor(
    private readonly currentVersion: () => Promise<string>,
    private readonly source: SearchSource,
  ) {}

  async indexFor(scope: IndexScope): Promise<SearchIndex> {
    const version = await this.currentVersion()
    const key = `${scope.locale}:${scope.draft}`
    const kept = this.kept.get(key)
    if (kept?.version === version) {
      const index = await kept.index
      if (index) return index
    }
    // The listing is read after the version, so the index holds that version or a later one.
    const previous = kept ? kept.index : Promise.resolve(null)
    const updated = previous.then((index) => this.updated(scope, index))
    const entry = { version, index: updated.catch(() => null) }
    this.kept.set(key, entry)
    // A failed update is not kept: the next search builds the index anew.
    return updated
  }

  private async updated(scope: IndexScope, previous: SearchIndex | null): Promise<SearchIndex> {
    const listing = await this.source.list(scope)
    const index = previous?.context === listing.context ? previous : new SearchIndex([], scope.locale, listing.context)
    const stamps = index.stamps()
    const listed = new Set(listing.documents.map(keyOf))
    const changed = listing.documents.filter((document) => stamps.get(keyOf(document)) !== document.stamp)
    index.update(
      [],
      [...stamps.keys()].filter((key) => !listed.has(key)),
    )
    // A part at a time, so that the texts of no more than one part are held at once.
    for (let from = 0; from < changed.length; from += DOCUMENTS_PER_READ) {
      index.update(await this.source.read(scope, changed.slice(from, from + DOCUMENTS_PER_READ)), [])
    }
    return index
  }
}
