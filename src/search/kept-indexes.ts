import { type SearchDocument, SearchIndex } from './search-index'
import type { SearchLocale } from './text'

/** Which index: the language, and whether it holds drafts (the latest version of every document) or published content only. */
export type IndexScope = { locale: SearchLocale; draft: boolean }

/**
 * Search indexes kept in this process, one per scope, each valid for one content version (the
 * token every write to content changes, collections/hooks/signal-content-change.ts). Each search
 * reads the current version first; after a change, the first search of a scope rebuilds its index
 * from the documents, and searches meanwhile wait for that one build instead of making their own.
 */
export class KeptSearchIndexes {
  private readonly kept = new Map<string, { version: string; index: Promise<SearchIndex> }>()

  constructor(
    private readonly currentVersion: () => Promise<string>,
    private readonly documentsOf: (scope: IndexScope) => Promise<Iterable<SearchDocument>>,
  ) {}

  async indexFor(scope: IndexScope): Promise<SearchIndex> {
    const version = await this.currentVersion()
    const key = `${scope.locale}:${scope.draft}`
    const kept = this.kept.get(key)
    if (kept?.version === version) return kept.index
    // The documents are read after the version, so the index holds that version or a later one.
    const entry = { version, index: this.documentsOf(scope).then((documents) => new SearchIndex(documents, scope.locale)) }
    this.kept.set(key, entry)
    entry.index.catch(() => {
      // A failed build is not kept: the next search tries again.
      if (this.kept.get(key) === entry) this.kept.delete(key)
    })
    return entry.index
  }
}
