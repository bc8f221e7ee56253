import { createHash } from 'node:crypto'

export type CachedResponse = { status: number; headers: Array<[string, string]>; body: string | Uint8Array<ArrayBuffer>; etag: string }
export type ComputedResponse = Omit<CachedResponse, 'etag' | 'body'> & { body: string }
/** A computed response, and whether it is a success that may be kept and shared. */
export type Computation = ComputedResponse & { ok: boolean }
export type Answer = { response: CachedResponse; cacheable: boolean }

/**
 * Complete responses to anonymous queries, valid for one content version. Every request reads
 * the current version first (one small read), so a write made by this or any other process
 * against the same database is seen by the very next request.
 */
export class ResponseCache {
  private entries = new Map<string, CachedResponse>()
  private computing = new Map<string, Promise<Answer>>()
  private version: string | undefined

  constructor(private readonly maxEntries = 1000) {}

  /** Drops every response, kept or being computed, when the content changed since the last request. */
  private sync(version: string): void {
    if (version === this.version) return
    this.entries.clear()
    this.computing.clear()
    this.version = version
  }

  /**
   * The response for `key` under the content `version` the caller has just read: kept, being
   * computed under that same version for another caller, or computed now. After a publish, the
   * readers who miss together wait for one computation instead of each making their own.
   */
  answer(key: string, version: string, compute: () => Promise<Computation>): Promise<Answer> {
    this.sync(version)
    const kept = this.get(key)
    if (kept) return Promise.resolve({ response: kept, cacheable: true })
    const running = this.computing.get(key)
    if (running) return running
    const computation = compute()
      .then(({ ok, ...response }) => ({
        response: ok ? this.set(key, version, response) : withEtag(response),
        cacheable: ok,
      }))
      .finally(() => {
        if (this.computing.get(key) === computation) this.computing.delete(key)
      })
    this.computing.set(key, computation)
    return computation
  }

  private get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key)
    if (entry) {
      // Most recently used last, so the oldest is the first to go.
      this.entries.delete(key)
      this.entries.set(key, entry)
    }
    return entry
  }

  /** Keeps a response computed under `version`, unless the content has moved on meanwhile. */
  private set(key: string, version: string, response: ComputedResponse): CachedResponse {
    if (version !== this.version) return withEtag(response)
    // Kept encoded, so that a hit sends the bytes without encoding the text again.
    const entry = { ...response, body: new TextEncoder().encode(response.body), etag: etagOf(response.body) }
    this.entries.set(key, entry)
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string)
    return entry
  }
}

function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`
}

/** A response as it is sent without being kept. */
export function withEtag(response: ComputedResponse): CachedResponse {
  return { ...response, etag: etagOf(response.body) }
}

/** The operation, its variables (the locale among them) and persisted-query hash identify a response. */
export function cacheKey(operation: { query?: unknown; variables?: unknown; operationName?: unknown; extensions?: unknown }): string {
  return JSON.stringify([operation.query ?? null, operation.variables ?? null, operation.operationName ?? null, operation.extensions ?? null])
}

/**
 * Shares reads among concurrent callers without ever giving one a value read before it called:
 * a caller that arrives while a read is under way waits for the next read, which starts when that
 * one ends. Under load the content version is then read once per round, not once per request.
 */
export function coalesceReads<T>(read: () => Promise<T>): () => Promise<T> {
  let current: Promise<T> | null = null
  let next: Promise<T> | null = null
  const start = () => {
    current = read().finally(() => {
      current = null
    })
    return current
  }
  return () => {
    if (!current) return start()
    next ??= current
      .catch(() => undefined)
      .then(() => {
        next = null
        return start()
      })
    return next
  }
}
