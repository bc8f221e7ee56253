import type { Payload } from 'payload'

import { type IndexScope, KeptSearchIndexes, type SearchListing, type SearchSource } from '../search/kept-indexes'
import type { SearchDocument, SearchIndex, SearchRef, SearchType } from '../search/search-index'
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

/** The collection of each kind of document the search finds. */
const COLLECTIONS = {
  MilestoneGoal: 'milestone-goals',
  Action: 'actions',
  Indicator: 'indicators',
  NewsItem: 'news',
} as const satisfies Record<SearchType, string>

/** IDs per read, well under the databases' limits on a query's parameters. */
const IDS_PER_READ = 500

/**
 * What the index of a scope holds, read through the read layer like everything the API serves:
 * published content as an anonymous reader sees it (nothing of a year whose round is unpublished),
 * or, for preview, every document's latest version as staff see it. Only the texts readers see.
 */
function searchSource(payload: Payload): SearchSource {
  const loadersFor = ({ locale, draft }: IndexScope) =>
    createLoaders(payload, null, { locale, draft }, null, createYearGate(payload), { asStaff: draft })

  return {
    async list(scope): Promise<SearchListing> {
      const loaders = loadersFor(scope)
      const perType = await Promise.all(
        (Object.entries(COLLECTIONS) as Array<[SearchType, (typeof COLLECTIONS)[SearchType]]>).map(async ([type, collection]) =>
          (await loaders.find(collection, {}, undefined, undefined, { updatedAt: true })).map((doc) => ({
            type,
            id: String(doc.id),
            stamp: String(doc.updatedAt),
          })),
        ),
      )
      // Which years are hidden decides which action updates show: when it changes, the index is built anew.
      const context = scope.draft ? '' : JSON.stringify(await loaders.hiddenYears())
      return { documents: perType.flat(), context }
    },
    async read(scope, refs) {
      const loaders = loadersFor(scope)
      const documents: SearchDocument[] = []
      for (let from = 0; from < refs.length; from += IDS_PER_READ) {
        documents.push(...(await readDocuments(loaders, refs.slice(from, from + IDS_PER_READ))))
      }
      return documents
    },
  }
}

async function readDocuments(loaders: Loaders, refs: SearchRef[]): Promise<SearchDocument[]> {
  const idsOf = (type: SearchType) => ({ id: { in: refs.filter((ref) => ref.type === type).map((ref) => ref.id) } })
  const has = (type: SearchType) => refs.some((ref) => ref.type === type)
  const [goals, actions, indicators, news] = await Promise.all([
    has('MilestoneGoal')
      ? loaders.find('milestone-goals', idsOf('MilestoneGoal'), undefined, undefined, { text: true, updatedAt: true })
      : [],
    has('Action')
      ? loaders.find('actions', idsOf('Action'), undefined, undefined, {
          title: true,
          description: true,
          updates: true,
          milestoneGoals: true,
          updatedAt: true,
        })
      : [],
    has('Indicator')
      ? loaders.find('indicators', idsOf('Indicator'), undefined, undefined, { name: true, source: true, updatedAt: true })
      : [],
    has('NewsItem')
      ? loaders.find('news', idsOf('NewsItem'), undefined, undefined, {
          title: true,
          lead: true,
          body: true,
          publishedAt: true,
          updatedAt: true,
        })
      : [],
  ])
  const actionDocuments = await Promise.all(
    actions.map(async (action): Promise<SearchDocument> => {
      const updates = await shownUpdates(loaders, scoped(action, loaders.scope))
      return {
        type: 'Action',
        id: String(action.id),
        title: action.title ?? '',
        texts: [richTextToPlainText(action.description), ...updates.map((update) => update.text)],
        stamp: String(action.updatedAt),
      }
    }),
  )
  return [
    ...goals.map(
      (goal): SearchDocument => ({
        type: 'MilestoneGoal',
        id: String(goal.id),
        title: goal.text ?? '',
        texts: [],
        stamp: String(goal.updatedAt),
      }),
    ),
    ...actionDocuments,
    ...indicators.map(
      (indicator): SearchDocument => ({
        type: 'Indicator',
        id: String(indicator.id),
        title: indicator.name ?? '',
        texts: [indicator.source ?? ''],
        stamp: String(indicator.updatedAt),
      }),
    ),
    ...news.map(
      (item): SearchDocument => ({
        type: 'NewsItem',
        id: String(item.id),
        title: item.title ?? '',
        texts: [item.lead ?? '', richTextToPlainText(item.body)],
        stamp: String(item.updatedAt),
        publishedAt: item.publishedAt ?? null,
      }),
    ),
  ]
}
