import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

import { PROJECT_OPERATIONS } from './generated/persisted-queries'

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** A GET's extensions parameter as JSON, or a POST body's extensions object; anything else as given. */
function parsed(extensions: unknown): unknown {
  if (typeof extensions !== 'string') return extensions
  try {
    return JSON.parse(extensions)
  } catch {
    return undefined
  }
}

function hashOf(extensions: unknown): unknown {
  return (parsed(extensions) as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)?.persistedQuery?.sha256Hash
}

/**
 * True when an automatic persisted query (APQ) sends a query with a hash that is not its SHA-256.
 * Apollo refuses it too, but without a code, so it would reach the client as an internal error.
 */
export function persistedQueryHashMismatch(query: unknown, extensions: unknown): boolean {
  const hash = hashOf(extensions)
  if (typeof query !== 'string' || typeof hash !== 'string') return false
  return sha256(query) !== hash
}

/**
 * The operations known by hash: the project's own (graphql/generated/persisted-queries.ts) and the
 * operator's (PERSISTED_QUERIES_MANIFEST). With `only` (PERSISTED_QUERIES=only), no other is answered.
 */
export type PersistedQueries = { only: boolean; manifest: ReadonlyMap<string, string> }

export function persistedQueriesOf(env: Record<string, string | undefined> = process.env): PersistedQueries {
  const mode = env.PERSISTED_QUERIES?.trim() || 'auto'
  if (mode !== 'auto' && mode !== 'only') throw new Error(`PERSISTED_QUERIES must be "only" or unset (auto), not "${mode}".`)
  const manifest = new Map(Object.entries(PROJECT_OPERATIONS))
  const file = env.PERSISTED_QUERIES_MANIFEST?.trim()
  if (file) for (const [hash, query] of operatorOperations(file)) manifest.set(hash, query)
  return { only: mode === 'only', manifest }
}

/**
 * An operator's manifest: a JSON object of SHA-256 hashes (hex) and query texts, as the project's
 * own, or Apollo's persisted query manifest (`@apollo/generate-persisted-query-manifest`).
 */
function operatorOperations(file: string): Array<[string, string]> {
  const json = JSON.parse(readFileSync(file, 'utf8')) as unknown
  const apollo = json as { format?: unknown; operations?: Array<{ id?: unknown; body?: unknown }> }
  const entries: Array<[unknown, unknown]> =
    apollo?.format === 'apollo-persisted-query-manifest'
      ? (apollo.operations ?? []).map(({ id, body }) => [id, body])
      : Object.entries(json && typeof json === 'object' ? json : {})
  return entries.map(([hash, query]) => {
    if (typeof query !== 'string' || hash !== sha256(query)) {
      throw new Error(`PERSISTED_QUERIES_MANIFEST (${file}): ${String(hash)} is not the SHA-256 (hex) of the query given with it.`)
    }
    return [hash, query]
  })
}

/**
 * What to do with an operation before Apollo sees it: `refused` when only the manifest's operations
 * are answered and it is not one of them (by its hash, or its query's); the manifest's query when it
 * sends only a hash the manifest knows, so those never need registering; otherwise null, as it came.
 */
export function resolvePersistedQuery(
  { only, manifest }: PersistedQueries,
  query: unknown,
  extensions: unknown,
): 'refused' | { query: string } | null {
  if (typeof query === 'string') return only && !manifest.has(sha256(query)) ? 'refused' : null
  const hash = hashOf(extensions)
  if (typeof hash !== 'string') return null
  const known = manifest.get(hash)
  if (known) return { query: known }
  return only ? 'refused' : null
}
