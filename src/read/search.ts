import type { Payload } from 'payload'

import { type IndexScope, KeptSearchIndexes } from '../search/kept-indexes'
import type { SearchDocument, SearchIndex } from '../search/search-index'
import { richTextToPlainText } from '../shared/richtext'
import { shownUpdates } from './action-updates'
import { readContentVersion } from './content-version'
import { createLoaders } from './loaders'
import { createYearGate } from './public-years'
import { scoped } from './scope'

const keptPerPayload = new WeakMap<Payload, KeptSearchIndexes>()

/** The search index of a scope, current with the content version (src/search/kept-indexes.ts). */
export function searchIndexOf(payload: Payload, scope: IndexScope): Promise<SearchIndex> {
  let kept = keptPerPayload.get(payload)
  if (!kept) {
    kept = new KeptSearchIndexes(
      () => readContentVersion(payload),
      (indexScope) => searchDocuments(payload, indexScope),
    )
    keptPerPayload.set(payload, kept)
  }
  return kept.indexFor(scope)
}

/**
 * What the index of a scope holds, read through the read layer like everything the API serves:
 * published content as an anonymous reader sees it (nothing of a year whose round is unpublished),
 * or, for preview, every document's latest version as staff see it. Only the texts readers see.
 */
async function searchDocuments(payload: Payload, { locale, draft }: IndexScope): Promise<SearchDocument[]> {
  const scope = { locale, draft }
  const loaders = createLoaders(payload, null, scope, null, createYearGate(payload), { asStaff: draft })
  const [goals, actions, indicators, news] = await Promise.all([
    loaders.find('milestone-goals', {}, undefined, undefined, { text: true }),
    loaders.find('actions', {}, undefined, undefined, { title: true, description: true, updates: true, milestoneGoals: true }),
    loaders.find('indicators', {}, undefined, undefined, { name: true, source: true }),
    loaders.find('news', {}, undefined, undefined, { title: true, lead: true, body: true }),
  ])
  const actionDocuments = await Promise.all(
    actions.map(async (action): Promise<SearchDocument> => {
      const updates = await shownUpdates(loaders, scoped(action, scope))
      return {
        type: 'Action',
        id: String(action.id),
        title: action.title ?? '',
        texts: [richTextToPlainText(action.description), ...updates.map((update) => update.text)],
      }
    }),
  )
  return [
    ...goals.map((goal): SearchDocument => ({ type: 'MilestoneGoal', id: String(goal.id), title: goal.text ?? '', texts: [] })),
    ...actionDocuments,
    ...indicators.map(
      (indicator): SearchDocument => ({
        type: 'Indicator',
        id: String(indicator.id),
        title: indicator.name ?? '',
        texts: [indicator.source ?? ''],
      }),
    ),
    ...news.map(
      (item): SearchDocument => ({
        type: 'NewsItem',
        id: String(item.id),
        title: item.title ?? '',
        texts: [item.lead ?? '', richTextToPlainText(item.body)],
      }),
    ),
  ]
}
