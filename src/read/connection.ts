import { InvalidArgument } from './errors'

/** The Relay pages of the API's lists (news, actions): their size limit, cursors and page information. */
export const MAX_PAGE_SIZE = 100
const DEFAULT_PAGE_SIZE = 10

export type PageArgs = { first?: number | null; after?: string | null; last?: number | null; before?: string | null }

/**
 * Which page to read: forward (`first` items after `after`, or from the start) or backward (`last`
 * items before `before`, or up to the end). The list is read from the cursor outwards, so a
 * backward page is read in reverse order and turned round by connectionOf.
 */
export type Page = { backward: boolean; size: number; cursor: string | null }

/** Neither first nor last: the first 10. */
export function pageOf({ first, after, last, before }: PageArgs): Page {
  const has = (value: unknown) => value !== undefined && value !== null
  if (has(last) || has(before)) {
    if (has(first) || has(after)) {
      throw new InvalidArgument('Page forward with first and after, or backward with last and before, not both at once.')
    }
    return { backward: true, size: sizeOf('last', last), cursor: before ?? null }
  }
  return { backward: false, size: sizeOf('first', first), cursor: after ?? null }
}

function sizeOf(argument: 'first' | 'last', value: number | null | undefined): number {
  const size = value ?? DEFAULT_PAGE_SIZE
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
    throw new InvalidArgument(`${argument} must be from 1 to ${MAX_PAGE_SIZE}.`)
  return size
}

/** A cursor: an item's position in its list's order, opaque to clients. */
export function encodeCursorOf(position: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url')
}

/**
 * The position a page's cursor holds, when `isPosition` accepts it and its last part, an ID, is one
 * this database can hold; otherwise the client sent one this API did not give out. Null without a cursor.
 */
export function positionOf<Position extends readonly unknown[]>(
  { cursor, backward }: Page,
  isPosition: (parts: unknown) => parts is Position,
  isDocumentId: (id: string) => boolean,
): Position | null {
  if (cursor === null) return null
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (isPosition(parts) && isDocumentId(String(parts.at(-1)))) return parts
  } catch {
    // A cursor that is not ours falls through to the error below.
  }
  const [argument, field] = backward ? ['before', 'startCursor'] : ['after', 'endCursor']
  throw new InvalidArgument(`The cursor in ${argument} is not one this API gave out: pass a pageInfo.${field} unchanged.`)
}

export type Connection<Node> = {
  edges: Array<{ cursor: string; node: Node }>
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }
  totalCount: number
}

/**
 * A page from up to `size + 1` items read from the cursor outwards (the extra one tells whether the
 * list goes on that way). The other way, the list goes on when a cursor was given: the item it came from.
 */
export function connectionOf<Doc, Node>(
  docs: Doc[],
  { page, totalCount }: { page: Page; totalCount: number },
  cursorOf: (doc: Doc) => string,
  nodeOf: (doc: Doc) => Node,
): Connection<Node> {
  const read = docs.slice(0, page.size)
  const edges = (page.backward ? read.reverse() : read).map((doc) => ({ cursor: cursorOf(doc), node: nodeOf(doc) }))
  const more = docs.length > page.size
  const fromCursor = page.cursor !== null
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: page.backward ? fromCursor : more,
      hasPreviousPage: page.backward ? more : fromCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  }
}

/** The empty page of a filter that can match nothing (an unknown slug or ID). */
export function emptyConnection<Node>(page: Page): Connection<Node> {
  return connectionOf<never, Node>(
    [],
    { page, totalCount: 0 },
    (doc) => doc,
    (doc) => doc,
  )
}
