import { createHash } from 'node:crypto'

/**
 * How the app's own pages, exports and feed read data: over HTTP from /graphql, like any other
 * frontend. By default from this server itself over loopback (never from the host a request
 * names, which a client could forge); API_URL points elsewhere when the API runs apart.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** The errors' extensions.code, e.g. BAD_USER_INPUT. */
    readonly codes: string[] = [],
  ) {
    super(message)
  }
}

/**
 * For `.catch()` on a query whose arguments come from a page's address: null when the API refused
 * them (BAD_USER_INPUT, e.g. a slug longer than any can be), so the page is not found; other errors stand.
 */
export function nullWhenRefused(error: unknown): null {
  if (error instanceof ApiError && error.codes.includes('BAD_USER_INPUT')) return null
  throw error
}

export function apiUrl(env: Record<string, string | undefined> = process.env): string {
  return env.API_URL || `http://127.0.0.1:${env.PORT || 3000}/graphql`
}

/** Runs a query against this site's API. */
export function queryApi<Result, Variables extends Record<string, unknown> = Record<string, never>>(
  query: string,
  variables?: Variables,
): Promise<Result> {
  return queryApiAt<Result, Variables>(apiUrl(), query, variables)
}

type Body<Result> = { data?: Result; errors?: Array<{ message: string; extensions?: { code?: string } }> }

async function send<Result>(url: string, init: RequestInit): Promise<{ status: number; body: Body<Result> }> {
  const response = await fetch(url, { ...init, headers: { accept: 'application/json', ...init.headers }, cache: 'no-store' })
  return { status: response.status, body: (await response.json().catch(() => ({}))) as Body<Result> }
}

const codesOf = (body: Body<unknown>) => body.errors?.flatMap((error) => error.extensions?.code ?? []) ?? []

/**
 * Runs a query against the API at `url` as an automatic persisted query: a GET with the query's
 * SHA-256 in the address, which a CDN can keep by URL; when the API does not know the hash yet, a
 * POST with the query registers it and answers.
 */
export async function queryApiAt<Result, Variables extends Record<string, unknown> = Record<string, never>>(
  url: string,
  query: string,
  variables?: Variables,
): Promise<Result> {
  const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } }
  const address = new URL(url)
  address.searchParams.set('variables', JSON.stringify(variables ?? {}))
  address.searchParams.set('extensions', JSON.stringify(extensions))
  const byHash = await send<Result>(address.href, { method: 'GET' })
  const { status, body } = codesOf(byHash.body).includes('PERSISTED_QUERY_NOT_FOUND')
    ? await send<Result>(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables, extensions }),
      })
    : byHash
  if (body.errors?.length || !body.data) {
    throw new ApiError(body.errors?.map((error) => error.message).join('; ') || `The API answered ${status}`, status, codesOf(body))
  }
  return body.data
}
