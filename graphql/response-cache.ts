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
  private entries = new Map<string, { response: CachedResponse; bytes: number }>()
  private computing = new Map<string, Promise<Answer>>()
  private version: string | undefined
  private keptBytes = 0

  /** `maxBytes`: how much the kept responses may take, their keys and bookkeeping included. */
  constructor(private readonly maxBytes = responseCacheBytes()) {}

  /** The estimated bytes the kept responses take. */
  get bytes(): number {
    return this.keptBytes
  }

  /** Drops every response, kept or being computed, when the content changed since the last request. */
  private sync(version: string): void {
    if (version === this.version) return
    this.entries.clear()
    this.keptBytes = 0
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
    return entry?.response
  }

  /** Keeps a response computed under `version`, unless the content has moved on meanwhile. */
  private set(key: string, version: string, response: ComputedResponse): CachedResponse {
    if (version !== this.version) return withEtag(response)
    // Kept encoded, so that a hit sends the bytes without encoding the text again.
    const entry = { ...response, body: new TextEncoder().encode(response.body), etag: etagOf(response.body) }
    const bytes = sizeOf(key, entry)
    if (bytes > this.maxBytes) return entry
    this.entries.set(key, { response: entry, bytes })
    this.keptBytes += bytes
    for (const [oldest, { bytes: freed }] of this.entries) {
      if (this.keptBytes <= this.maxBytes) break
      this.entries.delete(oldest)
      this.keptBytes -= freed
    }
    return entry
  }
}

/** The default budget of the response cache: about 130 answers of 245 KB, or 1,000 reports of 33 KB. */
export const DEFAULT_RESPONSE_CACHE_MB = 32

/** The budget RESPONSE_CACHE_MB sets (megabytes, may be fractional), in bytes. */
export function responseCacheBytes(env: Record<string, string | undefined> = process.env): number {
  const setting = env.RESPONSE_CACHE_MB?.trim()
  if (!setting) return DEFAULT_RESPONSE_CACHE_MB * 1024 * 1024
  const megabytes = Number(setting)
  if (!Number.isFinite(megabytes) || megabytes <= 0)
    throw new Error(`RESPONSE_CACHE_MB must be a positive number of megabytes, not "${setting}".`)
  return Math.floor(megabytes * 1024 * 1024)
}

// What a kept entry costs besides its key and body: its objects, headers, ETag and map slot.
const ENTRY_OVERHEAD = 1024

/** A kept response's estimated size: the key is a JS string (two bytes a character), the body bytes. */
function sizeOf(key: string, entry: CachedResponse & { body: Uint8Array }): number {
  const headers = entry.headers.reduce((sum, [name, value]) => sum + 2 * (name.length + value.length), 0)
  return ENTRY_OVERHEAD + 2 * key.length + entry.body.byteLength + headers
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
  return JSON.stringify([
    operation.query ?? null,
    operation.variables ?? null,
    operation.operationName ?? null,
    operation.extensions ?? null,
  ])
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
