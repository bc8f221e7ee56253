import type { Where } from 'payload'

import { isValidYear } from '../../collections/fields/year'
import type { News } from '../payload-types'
import { connectionOf, emptyConnection, encodeCursorOf, type Page, type PageArgs, pageOf, positionOf } from './connection'
import { InvalidArgument } from './errors'
import type { Loaders } from './loaders'
import type { NewsConnection } from './models'
import { scoped } from './scope'
import { rankedNews } from './search-page'

export type NewsPageArgs = PageArgs & {
  filter?: { focusArea?: string | null; milestoneGoal?: string | null; year?: number | null; search?: string | null } | null
}

type Position = { publishedAt: string | null; id: string }

export function encodeCursor(position: Position): string {
  return encodeCursorOf([position.publishedAt, position.id])
}

const isNewsPosition = (parts: unknown): parts is [string | null, string] =>
  Array.isArray(parts) &&
  (parts[0] === null || (typeof parts[0] === 'string' && !Number.isNaN(Date.parse(parts[0])))) &&
  typeof parts[1] === 'string' &&
  parts[1] !== ''

function positionOfPage(page: Page, isDocumentId: (id: string) => boolean): Position | null {
  const parts = positionOf(page, isNewsPosition, isDocumentId)
  return parts && { publishedAt: parts[0], id: parts[1] }
}

/**
 * The order of news lists: newest first, then by ID; undated drafts come last. The databases do
 * not agree where a missing date sorts (PostgreSQL puts it first going down, SQLite and MongoDB
 * last), so undated items are read apart from dated ones (DATED, UNDATED) or put last by newestFirst.
 */
export const NEWEST_FIRST = ['-publishedAt', '-id']
const OLDEST_FIRST = ['publishedAt', 'id']
const DATED: Where = { publishedAt: { exists: true } }
const UNDATED: Where = { publishedAt: { exists: false } }

type Listed = { id: string | number; publishedAt?: string | null }

const descending = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0)

/** Negative when `a` comes before `b` in news lists: dated items newest first, then undated ones, each then by ID going down. */
export function newsOrder(a: Listed, b: Listed): number {
  if (!a.publishedAt !== !b.publishedAt) return a.publishedAt ? -1 : 1
  return descending(a.publishedAt ?? '', b.publishedAt ?? '') || descending(String(a.id), String(b.id))
}

/** `docs` in the order of news lists, whatever order the database gave them in. */
export function newestFirst<T extends Listed>(docs: T[]): T[] {
  return [...docs].sort(newsOrder)
}

/** Dated items after a dated cursor, newest first, then by ID. */
function datedAfter(publishedAt: string, id: string): Where {
  return {
    or: [{ publishedAt: { less_than: publishedAt } }, { and: [{ publishedAt: { equals: publishedAt } }, { id: { less_than: id } }] }],
  }
}

/** Dated items before a dated cursor, the nearest first. */
function datedBefore(publishedAt: string, id: string): Where {
  return {
    or: [{ publishedAt: { greater_than: publishedAt } }, { and: [{ publishedAt: { equals: publishedAt } }, { id: { greater_than: id } }] }],
  }
}

/** Up to `limit` items after `position` (or from the start): the dated ones, then the undated. */
async function newsAfter(loaders: Loaders, conditions: Where[], position: Position | null, limit: number): Promise<News[]> {
  const afterUndated = position !== null && position.publishedAt === null
  let dated: News[] = []
  if (!afterUndated) {
    const cursor = position?.publishedAt ? [datedAfter(position.publishedAt, position.id)] : []
    dated = await loaders.find('news', { and: [...conditions, DATED, ...cursor] }, NEWEST_FIRST, limit)
    if (dated.length >= limit) return dated
  }
  const cursor = afterUndated ? [{ id: { less_than: position.id } }] : []
  const undated = await loaders.find('news', { and: [...conditions, UNDATED, ...cursor] }, ['-id'], limit - dated.length)
  return [...dated, ...undated]
}

/** Up to `limit` items before `position` (or from the end), the nearest first: the undated ones, then the dated. */
async function newsBefore(loaders: Loaders, conditions: Where[], position: Position | null, limit: number): Promise<News[]> {
  let undated: News[] = []
  if (!position?.publishedAt) {
    const cursor = position ? [{ id: { greater_than: position.id } }] : []
    undated = await loaders.find('news', { and: [...conditions, UNDATED, ...cursor] }, ['id'], limit)
    if (undated.length >= limit) return undated
  }
  const cursor = position?.publishedAt ? [datedBefore(position.publishedAt, position.id)] : []
  const dated = await loaders.find('news', { and: [...conditions, DATED, ...cursor] }, OLDEST_FIRST, limit - undated.length)
  return [...undated, ...dated]
}

async function filterConditions(loaders: Loaders, filter: NewsPageArgs['filter']): Promise<Where[] | null> {
  const conditions: Where[] = []
  if (filter?.focusArea) {
    const focusArea = await loaders.focusAreaBySlug.load(filter.focusArea)
    if (!focusArea) return null
    // A news item is about the focus areas it links and those of the goals it links (NewsItem.focusAreas).
    const goalIds = (await loaders.goalsByFocusArea.load(focusArea.id)).map((goal) => goal.id)
    conditions.push({ or: [{ focusAreas: { in: [focusArea.id] } }, ...(goalIds.length ? [{ milestoneGoals: { in: goalIds } }] : [])] })
  }
  if (filter?.milestoneGoal) {
    if (!loaders.isDocumentId(filter.milestoneGoal)) return null
    conditions.push({ milestoneGoals: { in: [filter.milestoneGoal] } })
  }
  if (filter?.year !== undefined && filter.year !== null) {
    if (!isValidYear(filter.year)) throw new InvalidArgument('filter.year must be a year from 1990 to 2100.')
    conditions.push({ followUpYear: { equals: filter.year } })
  }
  return conditions
}

/**
 * A page of the news matching a search and the other filters, ordered and paged in memory from the
 * search index's matches and dates: only the page's items are read, however many match. Other
 * filters are read as IDs and intersected with the matches, never sent to the database as a list
 * of every match, which at many programmes would pass the databases' limits on a query's parameters.
 */
async function searchedNewsPage(
  loaders: Loaders,
  search: string,
  conditions: Where[],
  page: Page,
  position: Position | null,
): Promise<NewsConnection> {
  const filtered = conditions.length ? await loaders.find('news', { and: conditions }, undefined, undefined, { publishedAt: true }) : null
  const ids = filtered && new Set(filtered.map((doc) => String(doc.id)))
  const { total, hits: onPage } = await rankedNews(loaders, search, page.size + 1, {
    order: { compare: newsOrder, backward: page.backward, after: position },
    only: ids ? (item) => ids.has(item.id) : undefined,
  })
  const docs = await loaders.newsById.loadMany(onPage.slice(0, page.size).map((hit) => hit.id))
  const byId = new Map(docs.flatMap((doc) => (doc && !(doc instanceof Error) ? [[String(doc.id), doc] as const] : [])))
  const connection = connectionOf(
    onPage,
    { page, totalCount: total },
    (hit) => encodeCursor({ publishedAt: hit.publishedAt, id: hit.id }),
    (hit) => byId.get(hit.id),
  )
  const edges = connection.edges.flatMap(({ cursor, node }) => (node ? [{ cursor, node: scoped(node, loaders.scope) }] : []))
  return { ...connection, edges }
}

/** A Relay page of news, newest first. */
export async function loadNewsPage(loaders: Loaders, { filter, ...pageArgs }: NewsPageArgs): Promise<NewsConnection> {
  const page = pageOf(pageArgs)
  const position = positionOfPage(page, loaders.isDocumentId)
  const conditions = await filterConditions(loaders, filter)
  if (!conditions) return emptyConnection(page)
  if (filter?.search?.trim()) return searchedNewsPage(loaders, filter.search, conditions, page, position)

  const read = page.backward ? newsBefore : newsAfter
  const [docs, totalCount] = await Promise.all([
    read(loaders, conditions, position, page.size + 1),
    loaders.count('news', { and: conditions }),
  ])
  return connectionOf(
    docs,
    { page, totalCount },
    (doc) => encodeCursor({ publishedAt: doc.publishedAt ?? null, id: String(doc.id) }),
    (doc) => scoped(doc, loaders.scope),
  )
}
