import { keyOf, type SearchDocument, SearchIndex, type SearchRef } from './search-index'
import type { SearchLocale } from './text'

/** Documents read at once: well under the databases' limits on a query's parameters. */
const DOCUMENTS_PER_READ = 500

/**
 * How far before the latest change an index holds the next update looks for changes: a change
 * stamped earlier but committed later (a long transaction, another server's clock) is still found.
 */
const RELIST_MARGIN_MS = 2 * 60 * 1000

/** Which index: the language, and whether it holds drafts (the latest version of every document) or published content only. */
export type IndexScope = { locale: SearchLocale; draft: boolean }

/**
 * The documents of a scope with when each last changed (all of them, or those changed since a time),
 * how many the scope holds in all, and what else their texts depend on (SearchIndex.context).
 */
export type SearchListing = { documents: Array<SearchRef & { stamp: string }>; total: number; context: string }

/**
 * Where an index's documents come from: a cheap list of them (all, or those whose stamp, an ISO
 * 8601 time, is `changedSince` or later), and the documents themselves (a few hundred at a time).
 */
export type SearchSource = {
  list: (scope: IndexScope, changedSince?: string) => Promise<SearchListing>
  read: (scope: IndexScope, refs: SearchRef[]) => Promise<SearchDocument[]>
}

/**
 * Search indexes kept in this process, one per scope, each valid for one content version (the
 * token every write to content changes, collections/hooks/signal-content-change.ts). Each search
 * reads the current version first. After a change, the first search of a scope brings its index up
 * to date: it lists the documents changed since shortly before the latest change it holds, and
 * reads again those changed or new. When the scope then holds fewer documents than the index would
 * (some were deleted or unpublished), or the context changed, it lists every document with when it
 * last changed, drops those no longer listed and reads again only those changed or new (all of them
 * the first time, or when the context changed). Searches meanwhile wait for that one update, and
 * updates run one after another.
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
    const stamps = previous?.stamps() ?? new Map<string, string>()
    const recent = previous ? await this.source.list(scope, relistFrom(stamps)) : null
    const onlyRecentChanged =
      recent !== null &&
      recent.context === previous?.context &&
      recent.total === stamps.size + recent.documents.filter((document) => !stamps.has(keyOf(document))).length
    const listing = onlyRecentChanged ? recent : await this.source.list(scope)
    const index = previous?.context === listing.context ? previous : new SearchIndex([], scope.locale, listing.context)
    const held = index === previous ? stamps : new Map<string, string>()
    const changed = listing.documents.filter((document) => held.get(keyOf(document)) !== document.stamp)
    if (!onlyRecentChanged) {
      const listed = new Set(listing.documents.map(keyOf))
      index.update(
        [],
        [...held.keys()].filter((key) => !listed.has(key)),
      )
    }
    // A part at a time, so that the texts of no more than one part are held at once.
    for (let from = 0; from < changed.length; from += DOCUMENTS_PER_READ) {
      index.update(await this.source.read(scope, changed.slice(from, from + DOCUMENTS_PER_READ)), [])
    }
    return index
  }
}

/** Where to look for changes not yet in an index: some time before the latest change it holds. */
function relistFrom(stamps: ReadonlyMap<string, string>): string | undefined {
  let latest = Number.NEGATIVE_INFINITY
  for (const stamp of stamps.values()) latest = Math.max(latest, Date.parse(stamp))
  return Number.isFinite(latest) ? new Date(latest - RELIST_MARGIN_MS).toISOString() : undefined
}
