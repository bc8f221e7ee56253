import { HeaderMap } from '@apollo/server'
import type { Payload } from 'payload'

import { dayOf } from '../src/figures/overdue'
import { readContentVersion } from '../src/read/content-version'
import { isAnonymous } from './context'
import { INTERNAL_ERROR_MESSAGE } from './errors'
import { type PersistedQueries, persistedQueriesOf, persistedQueryHashMismatch, resolvePersistedQuery } from './persisted-queries'
import { type CachedResponse, type Computation, cacheKey, coalesceReads, ResponseCache, withEtag } from './response-cache'
import { createFollowUpApi } from './server'

/** Larger request bodies are refused before they are read as JSON. */
export const MAX_BODY_BYTES = 64 * 1024

/** Anonymous reads may be kept briefly by browsers and CDNs, which must revalidate after. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=10, must-revalidate'
const PRIVATE_CACHE_CONTROL = 'private, no-store'

const ALLOWED_METHODS = 'GET, HEAD, POST, OPTIONS'

/**
 * Any site may read the API from a browser. Cookies are never sent with a wildcard origin, so
 * cross-site requests are anonymous unless they carry a token themselves.
 */
const PREFLIGHT_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': ALLOWED_METHODS,
  'access-control-allow-headers': 'content-type, authorization',
  'access-control-max-age': '86400',
}

export type GraphQLHandler = (request: Request) => Promise<Response>
export type GraphQLHandlerOptions = {
  responseCache?: boolean
  /** Which operations are known by hash, and whether only those are answered; from the environment by default. */
  persistedQueries?: PersistedQueries
}

function errorResponse(status: number, code: string, message: string): Response {
  return Response.json({ errors: [{ message, extensions: { code } }] }, { status, headers: { 'cache-control': 'no-store' } })
}

const hashMismatch = () =>
  errorResponse(
    400,
    'PERSISTED_QUERY_HASH_MISMATCH',
    'extensions.persistedQuery.sha256Hash is not the SHA-256 (in hex) of the query sent with it.',
  )

const notAllowed = () =>
  errorResponse(
    403,
    'PERSISTED_QUERY_NOT_ALLOWED',
    'This API answers only the operations in its persisted-query manifest (PERSISTED_QUERIES=only), and this is not one of them.',
  )

/** A request past the checks: its cache key, for a POST its parsed body, and for a GET its search when it changed. */
type Prepared = { key: string; body?: unknown; search?: string }

/**
 * Checks a request's size, syntax and persisted query before Apollo sees it, and reads a POST body
 * once. An operation sent by a hash the manifest knows is given its query, so Apollo need not have it.
 */
async function prepare(request: Request, persistedQueries: PersistedQueries): Promise<Prepared | Response> {
  const accept = request.headers.get('accept') ?? ''
  if (request.method !== 'POST') {
    const url = new URL(request.url)
    const params = url.searchParams
    const operation = {
      query: params.get('query'),
      variables: params.get('variables'),
      operationName: params.get('operationName'),
      extensions: params.get('extensions'),
    }
    if (persistedQueryHashMismatch(operation.query, operation.extensions)) return hashMismatch()
    const resolved = resolvePersistedQuery(persistedQueries, operation.query, operation.extensions)
    if (resolved === 'refused') return notAllowed()
    if (resolved) params.set('query', resolved.query)
    return { key: `${accept}|${cacheKey(operation)}`, search: resolved ? url.search : undefined }
  }
  const tooLarge = () => errorResponse(413, 'PAYLOAD_TOO_LARGE', `The request body is over ${MAX_BODY_BYTES} bytes.`)
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return tooLarge()
  const body = await request.text()
  if (Buffer.byteLength(body) > MAX_BODY_BYTES) return tooLarge()
  if (!/^application\/(graphql-response\+)?json\b/i.test(request.headers.get('content-type') ?? '')) {
    return errorResponse(415, 'BAD_REQUEST', 'Send POST requests as application/json: {"query": "...", "variables": {...}}.')
  }
  let operation: unknown
  try {
    operation = JSON.parse(body)
  } catch {
    return errorResponse(400, 'BAD_REQUEST', 'The request body is not valid JSON.')
  }
  const { query, extensions } = (operation && typeof operation === 'object' ? operation : {}) as { query?: unknown; extensions?: unknown }
  if (persistedQueryHashMismatch(query, extensions)) return hashMismatch()
  const resolved = resolvePersistedQuery(persistedQueries, query, extensions)
  if (resolved === 'refused') return notAllowed()
  const key = `${accept}|${cacheKey(operation && typeof operation === 'object' ? operation : { query: operation })}`
  return { key, body: resolved ? { ...(operation as object), query: resolved.query } : operation }
}

/**
 * If-None-Match compares weakly (RFC 9110): a proxy or CDN that compresses an answer makes its ETag
 * weak, and the client then sends that back.
 */
function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return !!ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag))
}

function respond(entry: CachedResponse, request: Request, cacheable: boolean): Response {
  const headers = new Headers(entry.headers)
  headers.set('cache-control', cacheable ? PUBLIC_CACHE_CONTROL : 'no-store')
  if (!cacheable) return new Response(entry.body, { status: entry.status, headers })
  headers.set('etag', entry.etag)
  if (matchesEtag(request.headers.get('if-none-match'), entry.etag)) return new Response(null, { status: 304, headers })
  return new Response(entry.body, { status: entry.status, headers })
}

/** A web-standard handler for /graphql (GET, HEAD and POST), as Next's route uses it. */
export function createGraphQLHandler(
  payload: Payload,
  { responseCache = process.env.RESPONSE_CACHE !== 'off', persistedQueries = persistedQueriesOf() }: GraphQLHandlerOptions = {},
): GraphQLHandler {
  const api = createFollowUpApi(payload)
  api.server.startInBackgroundHandlingStartupErrorsByLoggingAndFailingAllRequests()

  /** Apollo's answer to a prepared request; ok when it is a success that may be shared. */
  const execute = async (request: Request, { body, search }: Prepared): Promise<Computation> => {
    const headers = new HeaderMap()
    for (const [name, value] of request.headers) headers.set(name, value)
    // Apollo reads only this exact type as JSON; prepare() accepted its graphql-response+json variant too.
    if (request.method === 'POST') headers.set('content-type', 'application/json')
    const response = await api.server.executeHTTPGraphQLRequest({
      // A HEAD is answered as its GET would be; respond() then drops the body.
      httpGraphQLRequest: {
        method: request.method === 'HEAD' ? 'GET' : request.method,
        headers,
        search: search ?? new URL(request.url).search,
        body,
      },
      context: () => api.contextFor(request.headers),
    })
    // Incremental delivery (@defer) is not enabled, so every answer is complete.
    const text = response.body.kind === 'complete' ? response.body.string : ''
    const status = response.status ?? 200
    // Apollo writes a result's errors before its data, so an answer with errors starts with them.
    return { status, headers: [...response.headers], body: text, ok: status === 200 && !text.startsWith('{"errors"') }
  }
  const cache = responseCache ? new ResponseCache() : null
  // Read for every anonymous request: one small query, shared by the requests that arrive while it runs.
  const contentVersion = coalesceReads(() => readContentVersion(payload))

  const answer = async (request: Request): Promise<Response> => {
    if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: PREFLIGHT_HEADERS })
    if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'POST') {
      const response = errorResponse(405, 'BAD_REQUEST', `Send queries with GET or POST, not ${request.method}.`)
      response.headers.set('allow', ALLOWED_METHODS)
      return response
    }
    const prepared = await prepare(request, persistedQueries)
    if (prepared instanceof Response) return prepared

    if (!isAnonymous(request.headers)) {
      const { status, headers, body } = await execute(request, prepared)
      const response = new Response(body, { status, headers })
      response.headers.set('cache-control', PRIVATE_CACHE_CONTROL)
      return response
    }
    if (!cache) {
      const { ok, ...entry } = await execute(request, prepared)
      return respond(withEtag(entry), request, ok)
    }
    // Some answers follow the day too (Indicator.overdue), so a day's answers are kept for that day only.
    const version = `${await contentVersion()}@${dayOf(new Date())}`
    const { response, cacheable } = await cache.answer(prepared.key, version, () => execute(request, prepared))
    return respond(response, request, cacheable)
  }

  /** A failure outside Apollo (e.g. reading the content version) is logged, and the client told no more than Apollo would. */
  const answerSafely = async (request: Request): Promise<Response> => {
    try {
      return await answer(request)
    } catch (error) {
      console.error(error)
      return errorResponse(500, 'INTERNAL_SERVER_ERROR', INTERNAL_ERROR_MESSAGE)
    }
  }

  return async (request) => {
    const answered = await answerSafely(request)
    const response = request.method === 'HEAD' ? new Response(null, answered) : answered
    response.headers.set('access-control-allow-origin', '*')
    return response
  }
}
