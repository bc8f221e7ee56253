import type { Payload } from 'payload'

import { createGraphQLHandler, type GraphQLHandlerOptions } from '../../graphql/http'
import { listen } from '../../graphql/node-http'

export type GraphQLResponse<T = any> = {
  status: number
  headers: Headers
  body: { data?: T; errors?: Array<{ message: string; extensions?: { code?: string; stacktrace?: unknown } }> }
}

/** Posts an operation to a /graphql URL. */
export async function postGraphQL<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  })
  return { status: response.status, headers: response.headers, body: await response.json() }
}

/**
 * Serves the same handler as Next's /graphql route over real HTTP on 127.0.0.1, so tests speak
 * HTTP to the API without building the Next app.
 */
export async function startGraphQLServer(payload: Payload, options?: GraphQLHandlerOptions) {
  const { server, url } = await listen(createGraphQLHandler(payload, options))
  // The tests' client shares this server's event loop: when a long database write holds it, both
  // idle-socket timers fire late, and the client could reuse a socket that the server's default
  // 5-second keep-alive closes in that moment (ECONNRESET). A socket idle that long stays open here.
  server.keepAliveTimeout = 10 * 60_000
  return {
    url,
    post: <T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) =>
      postGraphQL<T>(url, query, variables, headers),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
