import { createHash } from 'node:crypto'

/** A GET's extensions parameter as JSON, or a POST body's extensions object; anything else as given. */
function parsed(extensions: unknown): unknown {
  if (typeof extensions !== 'string') return extensions
  try {
    return JSON.parse(extensions)
  } catch {
    return undefined
  }
}

/**
 * True when an automatic persisted query (APQ) sends a query with a hash that is not its SHA-256.
 * Apollo refuses it too, but without a code, so it would reach the client as an internal error.
 */
export function persistedQueryHashMismatch(query: unknown, extensions: unknown): boolean {
  const hash = (parsed(extensions) as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)?.persistedQuery?.sha256Hash
  if (typeof query !== 'string' || typeof hash !== 'string') return false
  return createHash('sha256').update(query).digest('hex') !== hash
}
