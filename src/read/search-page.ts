import type DataLoader from 'dataloader'

import { keyOf, type SearchHit, type SearchType } from '../search/search-index'
import type { Snippet } from '../search/snippet'
import { connectionOf, encodeCursorOf, type PageArgs, pageOf, positionOf } from './connection'
import type { Loaders } from './loaders'
import type { SearchConnection, SearchResult } from './models'
import { scoped } from './scope'
import { searchIndexOf } from './search'

export type SearchPageArgs = PageArgs & { query: string }

/** A cursor: the hit's place in the ranking and its document's ID. */
const isSearchPosition = (parts: unknown): parts is [number, string] =>
  Array.isArray(parts) && parts.length === 2 && Number.isInteger(parts[0]) && parts[0] >= 0 && typeof parts[1] === 'string'

type Ranked = SearchHit & { rank: number }

/** How a kind of document is read by ID. */
const loaderOf = (loaders: Loaders, type: SearchType): DataLoader<string, object | null> =>
  ({ MilestoneGoal: loaders.goalById, Action: loaders.actionById, Indicator: loaders.indicatorById, NewsItem: loaders.newsById })[type]

/** The documents of the hits on a page, by `type:id`; one batched read per kind. */
async function nodesOf(loaders: Loaders, hits: SearchHit[]): Promise<Map<string, SearchResult>> {
  const nodes = new Map<string, SearchResult>()
  await Promise.all(
    hits.map(async (hit) => {
      const doc = await loaderOf(loaders, hit.type).load(hit.id)
      // The type name tells the union SearchResult which type the document is.
      if (doc) nodes.set(keyOf(hit), { ...scoped(doc, loaders.scope), __typename: hit.type } as SearchResult)
    }),
  )
  return nodes
}

/**
 * A Relay page of what matches `query` in the scope's index, best first, each with a snippet of its
 * matched words. A cursor is a place in the ranking: after a change to content, the next page
 * continues from that place in the new ranking.
 */
export async function loadSearchPage(loaders: Loaders, { query, ...pageArgs }: SearchPageArgs): Promise<SearchConnection> {
  const page = pageOf(pageArgs)
  const position = positionOf(page, isSearchPosition, loaders.isDocumentId)
  const index = await searchIndexOf(loaders.payload, { locale: loaders.scope.locale, draft: loaders.scope.draft })
  const hits: Ranked[] = index.search(query).map((hit, rank) => ({ ...hit, rank }))

  // Read from the cursor outwards, one more than the page, as connectionOf expects.
  const read = page.backward
    ? hits.slice(Math.max(0, (position?.[0] ?? hits.length) - page.size - 1), position?.[0] ?? hits.length).reverse()
    : hits.slice(position ? position[0] + 1 : 0, (position ? position[0] + 1 : 0) + page.size + 1)
  // Before anything is awaited: a later content change updates the index in place.
  const snippets = new Map(read.map((hit) => [keyOf(hit), index.snippet(hit)]))
  const nodes = await nodesOf(loaders, read.slice(0, page.size))
  const connection = connectionOf(
    read,
    { page, totalCount: hits.length },
    (hit) => encodeCursorOf([hit.rank, hit.id]),
    (hit) => ({ node: nodes.get(keyOf(hit)), snippet: snippets.get(keyOf(hit)) as Snippet }),
  )
  return {
    ...connection,
    edges: connection.edges.flatMap(({ cursor, node: { node, snippet } }) => (node ? [{ cursor, node, snippet }] : [])),
  }
}

/** The news items matching `query` in the scope's index, with their dates, for the news list's search filter. */
export async function matchingNews(loaders: Loaders, query: string): Promise<SearchHit[]> {
  const index = await searchIndexOf(loaders.payload, { locale: loaders.scope.locale, draft: loaders.scope.draft })
  return index.search(query, ['NewsItem'])
}
