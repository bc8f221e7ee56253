import { createHash } from 'node:crypto'

export type CachedResponse = { status: number; headers: Array<[string, string]>; body: string; etag: string }

/**
 * Complete responses to anonymous queries, valid for one content version. Every request reads
 * the current version first (one small read), so a write made by this or any other process
 * against the same database is seen by the very next request.
 */
export class ResponseCache {
  private entries = new Map<string, CachedResponse>()
  private version: string | undefined

  constructor(private readonly maxEntries = 1000) {}

  /** Starts a request: drops every entry when the content changed since the last one. */
  sync(version: string): void {
    if (version === this.version) return
    this.entries.clear()
    this.version = version
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key)
    if (entry) {
      // Most recently used last, so the oldest is the first to go.
      this.entries.delete(key)
      this.entries.set(key, entry)
    }
    return entry
  }

  /** Keeps a response computed under `version`, unless the content has moved on meanwhile. */
  set(key: string, version: string, response: Omit<CachedResponse, 'etag'>): CachedResponse {
    const entry = { ...response, etag: etagOf(response.body) }
    if (version !== this.version) return entry
    this.entries.set(key, entry)
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string)
    return entry
  }
}

export function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`
}

/** The operation, its variables (the locale among them) and persisted-query hash identify a response. */
export function cacheKey(operation: { query?: unknown; variables?: unknown; operationName?: unknown; extensions?: unknown }): string {
  return JSON.stringify([operation.query ?? null, operation.variables ?? null, operation.operationName ?? null, operation.extensions ?? null])
}
