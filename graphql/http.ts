import { startServerAndCreateNextHandler } from '@as-integrations/next'
import type { Payload } from 'payload'

import { createFollowUpApi } from './server'

/** Larger request bodies are refused before they are read as JSON. */
export const MAX_BODY_BYTES = 64 * 1024

export type GraphQLHandler = (request: Request) => Promise<Response>

function errorResponse(status: number, code: string, message: string): Response {
  return Response.json({ errors: [{ message, extensions: { code } }] }, { status })
}

/**
 * Apollo's Next integration parses JSON only for the exact content type and lets a parse error
 * escape as a 500: check size and syntax first, and hand it a normalised request.
 */
async function normalise(request: Request): Promise<Request | Response> {
  if (request.method !== 'POST') return request
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > MAX_BODY_BYTES) return errorResponse(413, 'PAYLOAD_TOO_LARGE', `The request body is over ${MAX_BODY_BYTES} bytes.`)
  const body = await request.text()
  if (Buffer.byteLength(body) > MAX_BODY_BYTES) return errorResponse(413, 'PAYLOAD_TOO_LARGE', `The request body is over ${MAX_BODY_BYTES} bytes.`)
  const contentType = request.headers.get('content-type') ?? ''
  if (!/^application\/(graphql-response\+)?json\b/i.test(contentType)) {
    return errorResponse(415, 'BAD_REQUEST', 'Send POST requests as application/json: {"query": "...", "variables": {...}}.')
  }
  try {
    JSON.parse(body)
  } catch {
    return errorResponse(400, 'BAD_REQUEST', 'The request body is not valid JSON.')
  }
  const headers = new Headers(request.headers)
  headers.set('content-type', 'application/json')
  return new Request(request.url, { method: 'POST', headers, body })
}

/** A web-standard handler for /graphql (GET and POST), as Next's route uses it. */
export function createGraphQLHandler(payload: Payload): GraphQLHandler {
  const api = createFollowUpApi(payload)
  const handle = startServerAndCreateNextHandler<Request, Awaited<ReturnType<typeof api.contextFor>>>(api.server, {
    context: async (request) => api.contextFor(request.headers),
  })
  return async (request) => {
    const normalised = await normalise(request)
    return normalised instanceof Response ? normalised : handle(normalised)
  }
}
