import type DataLoader from 'dataloader'

import { keyOf, type Ranking, type SearchHit, type SearchType } from '../search/search-index'
import { type Snippet, snippetOfDocument } from '../search/snippet'
import { connectionOf, encodeCursorOf, type PageArgs, pageOf, positionOf } from './connection'
import type { Loaders } from './loaders'
import type { SearchConnection, SearchResult } from './models'
import { scoped } from './scope'
import { readSearchDocuments, searchIndexOf } from './search'

export type SearchPageArgs = PageArgs & { query: string }

/** A cursor: the hit's place in the ranking and its document's ID. */
const isSearchPosition = (parts: unknown): parts is [number, string] =>
  Array.isArray(parts) && parts.length === 2 && Number.isInteger(parts[0]) && parts[0] >= 0 && typeof parts[1] === 'string'

type Ranked = SearchHit & { rank: number }

/** How a kind of document is read by ID. */
const loaderOf = (loaders: Loaders, type: SearchType): DataLoader<string, object | null> =>
  ({ MilestoneGoal: loaders.goalById, Action: loaders.actionById, Indicator: loaders.indicatorById, NewsItem: loaders.newsById })[type]

/** The documents of the hits on a page with their snippets, by `type:id`: one batched read per kind, and one for the texts. */
async function resultsOf(loaders: Loaders, hits: SearchHit[]): Promise<Map<string, { node: SearchResult; snippet: Snippet }>> {
  const [docs, documents] = await Promise.all([
    Promise.all(hits.map((hit) => loaderOf(loaders, hit.type).load(hit.id))),
    readSearchDocuments(loaders, hits),
  ])
  const texts = new Map(documents.map((document) => [keyOf(document), document]))
  const results = new Map<string, { node: SearchResult; snippet: Snippet }>()
  hits.forEach((hit, i) => {
    const doc = docs[i]
    const document = texts.get(keyOf(hit))
    if (!doc || !document) return
    results.set(keyOf(hit), {
      // The type name tells the union SearchResult which type the document is.
      node: { ...scoped(doc, loaders.scope), __typename: hit.type } as SearchResult,
      snippet: snippetOfDocument(document, hit.terms, loaders.scope.locale),
    })
  })
  return results
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
  // The ranking only as far as the page reaches: to one past it going forward, to the cursor going back.
  const reach = page.backward ? (position ? position[0] : Infinity) : (position ? position[0] + 1 : 0) + page.size + 1
  const ranked = index.ranked(query, reach)
  const hits: Ranked[] = ranked.hits.map((hit, rank) => ({ ...hit, rank }))

  // Read from the cursor outwards, one more than the page, as connectionOf expects.
  const read = page.backward
    ? hits.slice(Math.max(0, (position?.[0] ?? hits.length) - page.size - 1), position?.[0] ?? hits.length).reverse()
    : hits.slice(position ? position[0] + 1 : 0, (position ? position[0] + 1 : 0) + page.size + 1)
  const results = await resultsOf(loaders, read.slice(0, page.size))
  const connection = connectionOf(
    read,
    { page, totalCount: ranked.total },
    (hit) => encodeCursorOf([hit.rank, hit.id]),
    (hit) => results.get(keyOf(hit)),
  )
  return {
    ...connection,
    edges: connection.edges.flatMap(({ cursor, node: result }) => (result ? [{ cursor, ...result }] : [])),
  }
}

/**
 * How many news items match `query` in the scope's index and `only` keeps, and the first `limit` of
 * them in `order` after those `after` leaves out: for the news list's search filter.
 */
export async function rankedNews(
  loaders: Loaders,
  query: string,
  limit: number,
  ranking: Omit<Ranking, 'types'>,
): Promise<{ total: number; hits: SearchHit[] }> {
  const index = await searchIndexOf(loaders.payload, { locale: loaders.scope.locale, draft: loaders.scope.draft })
  return index.ranked(query, limit, { ...ranking, types: ['NewsItem'] })
}
