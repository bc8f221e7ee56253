import type { Payload, Where } from 'payload'

import type { Action, Indicator, MilestoneGoal, News } from '../payload-types'
import { type IndexScope, KeptSearchIndexes, type SearchListing, type SearchSource } from '../search/kept-indexes'
import { SEARCH_TYPES, type SearchDocument, type SearchIndex, type SearchRef, type SearchType } from '../search/search-index'
import { richTextToPlainText } from '../shared/richtext'
import { shownUpdates } from './action-updates'
import { readContentVersion } from './content-version'
import { createLoaders, type Loaders } from './loaders'
import { createYearGate } from './public-years'
import { scoped } from './scope'

const keptPerPayload = new WeakMap<Payload, KeptSearchIndexes>()

/** The search index of a scope, current with the content version (src/search/kept-indexes.ts). */
export function searchIndexOf(payload: Payload, scope: IndexScope): Promise<SearchIndex> {
  let kept = keptPerPayload.get(payload)
  if (!kept) {
    kept = new KeptSearchIndexes(() => readContentVersion(payload), searchSource(payload))
    keptPerPayload.set(payload, kept)
  }
  return kept.indexFor(scope)
}

/** Documents listed at once with when they last changed. */
const DOCUMENTS_PER_LISTING = 2000

/** The collection of each kind of document the search finds. */
const COLLECTIONS = {
  MilestoneGoal: 'milestone-goals',
  Action: 'actions',
  Indicator: 'indicators',
  NewsItem: 'news',
} as const satisfies Record<SearchType, string>

/**
 * What the index of a scope holds, read through the read layer like everything the API serves:
 * published content as an anonymous reader sees it (nothing of a year whose round is unpublished),
 * or, for preview, every document's latest version as staff see it. Only the texts readers see.
 */
function searchSource(payload: Payload): SearchSource {
  const loadersFor = ({ locale, draft }: IndexScope) =>
    createLoaders(payload, null, { locale, draft }, null, createYearGate(payload), { asStaff: draft })

  return {
    async list(scope, changedSince): Promise<SearchListing> {
      const loaders = loadersFor(scope)
      const where: Where = changedSince ? { updatedAt: { greater_than_equal: changedSince } } : {}
      const documents: SearchListing['documents'] = []
      for (const [type, collection] of Object.entries(COLLECTIONS) as Array<[SearchType, (typeof COLLECTIONS)[SearchType]]>) {
        for await (const docs of loaders.findInPages(collection, where, DOCUMENTS_PER_LISTING, { updatedAt: true })) {
          for (const doc of docs) documents.push({ type, id: String(doc.id), stamp: String(doc.updatedAt) })
        }
      }
      const counts = changedSince ? await Promise.all(Object.values(COLLECTIONS).map((collection) => loaders.count(collection, {}))) : []
      const total = changedSince ? counts.reduce((sum, count) => sum + count, 0) : documents.length
      // Which years are hidden decides which action updates show: when it changes, the index is built anew.
      const context = scope.draft ? '' : JSON.stringify(await loaders.hiddenYears())
      return { documents, total, context }
    },
    read: (scope, refs) => readSearchDocuments(loadersFor(scope), refs),
  }
}

/** The fields of each kind that its search texts come from. */
const SEARCH_FIELDS = {
  MilestoneGoal: { text: true, updatedAt: true },
  Action: { title: true, description: true, updates: true, milestoneGoals: true, updatedAt: true },
  Indicator: { name: true, source: true, updatedAt: true },
  NewsItem: { title: true, lead: true, body: true, publishedAt: true, updatedAt: true },
} as const

type SearchSources = {
  MilestoneGoal: Pick<MilestoneGoal, 'id' | 'text' | 'updatedAt'>
  Action: Pick<Action, 'id' | 'title' | 'description' | 'updates' | 'milestoneGoals' | 'updatedAt'>
  Indicator: Pick<Indicator, 'id' | 'name' | 'source' | 'updatedAt'>
  NewsItem: Pick<News, 'id' | 'title' | 'lead' | 'body' | 'publishedAt' | 'updatedAt'>
}

/** Each kind's title and the texts readers see of it, in the order a snippet prefers them. */
const TEXTS_OF: {
  [T in SearchType]: (doc: SearchSources[T], loaders: Loaders) => Promise<Pick<SearchDocument, 'title' | 'texts' | 'publishedAt'>>
} = {
  MilestoneGoal: async (goal) => ({ title: goal.text ?? '', texts: [] }),
  Action: async (action, loaders) => {
    const updates = await shownUpdates(loaders, scoped(action as Action, loaders.scope))
    return { title: action.title ?? '', texts: [richTextToPlainText(action.description), ...updates.map((update) => update.text)] }
  },
  Indicator: async (indicator) => ({ title: indicator.name ?? '', texts: [indicator.source ?? ''] }),
  NewsItem: async (item) => ({
    title: item.title ?? '',
    texts: [item.lead ?? '', richTextToPlainText(item.body)],
    publishedAt: item.publishedAt ?? null,
  }),
}

/**
 * The documents as the search reads them, with the texts readers see: for the index, and again for
 * the snippets of the few documents a page of results shows, since the index keeps no texts.
 */
export async function readSearchDocuments(loaders: Loaders, refs: SearchRef[]): Promise<SearchDocument[]> {
  const perType = await Promise.all(
    SEARCH_TYPES.map(async (type) => {
      const ids = refs.filter((ref) => ref.type === type).map((ref) => ref.id)
      if (!ids.length) return []
      const docs = await loaders.find(COLLECTIONS[type], { id: { in: ids } }, undefined, undefined, SEARCH_FIELDS[type])
      return Promise.all(
        docs.map(async (doc): Promise<SearchDocument> => {
          const source = doc as SearchSources[typeof type]
          return { type, id: String(doc.id), stamp: String(source.updatedAt), ...(await TEXTS_OF[type](source as never, loaders)) }
        }),
      )
    }),
  )
  return perType.flat()
}
