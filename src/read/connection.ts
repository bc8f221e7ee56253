import { InvalidArgument } from './errors'

/** The Relay pages of the API's lists (news, actions): their size limit, cursors and page information. */
export const MAX_PAGE_SIZE = 100

export type PageArgs = { first?: number | null; after?: string | null }

export type Connection<Node> = {
  edges: Array<{ cursor: string; node: Node }>
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }
  totalCount: number
}

/** The page size asked for: 10 by default, 1 to MAX_PAGE_SIZE. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? 10
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) throw new InvalidArgument(`first must be from 1 to ${MAX_PAGE_SIZE}.`)
  return size
}

/** A cursor: an item's position in its list's order, opaque to clients. */
export function encodeCursorOf(position: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url')
}

/**
 * The position a cursor holds, when `isPosition` accepts it and its last part, an ID, is one this
 * database can hold; otherwise the client sent one this API did not give out.
 */
export function decodeCursorAs<Position extends readonly unknown[]>(
  cursor: string,
  isPosition: (parts: unknown) => parts is Position,
  isDocumentId: (id: string) => boolean,
): Position {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (isPosition(parts) && isDocumentId(String(parts.at(-1)))) return parts
  } catch {
    // A cursor that is not ours falls through to the error below.
  }
  throw new InvalidArgument('The cursor in after is not one this API gave out: pass a pageInfo.endCursor unchanged.')
}

/** A page from up to `size + 1` items read after the cursor (the extra one tells whether there is a next page). */
export function connectionOf<Doc, Node>(
  docs: Doc[],
  { size, after, totalCount }: { size: number; after: string | null | undefined; totalCount: number },
  cursorOf: (doc: Doc) => string,
  nodeOf: (doc: Doc) => Node,
): Connection<Node> {
  const edges = docs.slice(0, size).map((doc) => ({ cursor: cursorOf(doc), node: nodeOf(doc) }))
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: docs.length > size,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  }
}

/** The empty page of a filter that can match nothing (an unknown slug or ID). */
export function emptyConnection<Node>(after: string | null | undefined): Connection<Node> {
  return { edges: [], totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: Boolean(after), startCursor: null, endCursor: null } }
}
