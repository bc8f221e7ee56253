import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

import { createGraphQLHandler } from '../../graphql'

export type GraphQLResponse<T = any> = {
  status: number
  headers: Headers
  body: { data?: T; errors?: Array<{ message: string; extensions?: { code?: string; stacktrace?: unknown } }> }
}

function toHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  return headers
}

/**
 * Serves the same handler as Next's /graphql route over real HTTP on 127.0.0.1, so tests speak
 * HTTP to the API without building the Next app.
 */
export async function startGraphQLServer(payload: Payload) {
  const handle = createGraphQLHandler(payload)
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.concat(chunks)
    const response = await handle(new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers: toHeaders(req.headers), body }))
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`

  async function post<T = any>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    })
    return { status: response.status, headers: response.headers, body: await response.json() }
  }

  return { url, post, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
