import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'

import type { GraphQLHandler } from './http'

export type NodeListener = (request: IncomingMessage, response: ServerResponse) => Promise<void>

const compress = promisify(gzip)
/** Smaller answers gain less from compression than it costs. */
const MIN_COMPRESSED_BYTES = 1024

function toRequest(incoming: IncomingMessage, origin: string): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  const withBody = incoming.method !== 'GET' && incoming.method !== 'HEAD'
  // A stream, so that the handler refuses an oversized body before it has all been read.
  const body = withBody ? (Readable.toWeb(incoming) as ReadableStream<Uint8Array>) : undefined
  return new Request(`${origin}${incoming.url}`, { method: incoming.method, headers, body, duplex: 'half' } as RequestInit)
}

/** Whether Accept-Encoding lists gzip (or *) without q=0. */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? '').split(',').some((entry) => {
    const [coding, ...parameters] = entry.trim().toLowerCase().split(';')
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='))
    return (coding === 'gzip' || coding === '*') && (!q || Number(q.slice(2)) > 0)
  })
}

/**
 * Serves a web-standard handler to Node's HTTP server, gzipping larger answers for clients that
 * accept it (as Next does for its routes). A compressed answer's ETag becomes weak: the bytes
 * differ, the content does not.
 */
export function toNodeListener(handle: GraphQLHandler, origin = 'http://127.0.0.1'): NodeListener {
  return async (incoming, outgoing) => {
    const response = await handle(toRequest(incoming, origin))
    const headers = new Headers(response.headers)
    let body = Buffer.from(await response.arrayBuffer())
    if (body.byteLength >= MIN_COMPRESSED_BYTES) {
      headers.append('vary', 'Accept-Encoding')
      if (acceptsGzip(incoming.headers['accept-encoding'])) {
        body = await compress(body)
        headers.set('content-encoding', 'gzip')
        const etag = headers.get('etag')
        if (etag && !etag.startsWith('W/')) headers.set('etag', `W/${etag}`)
      }
    }
    if (response.body) headers.set('content-length', String(body.byteLength))
    outgoing.writeHead(response.status, Object.fromEntries(headers))
    outgoing.end(incoming.method === 'HEAD' ? undefined : body)
  }
}

/** Serves the /graphql handler from plain Node, without Next: for tests and a standalone API process. */
export async function listen(handle: GraphQLHandler, port = 0, host = '127.0.0.1'): Promise<{ server: Server; url: string }> {
  const server = createServer(toNodeListener(handle, `http://${host}`))
  await new Promise<void>((resolve) => server.listen(port, host, resolve))
  return { server, url: `http://${host}:${(server.address() as AddressInfo).port}/graphql` }
}
