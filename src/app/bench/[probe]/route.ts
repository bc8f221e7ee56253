import { benchEnabled, benchStats } from '../../../server/bench-probe'

const staticBodies = new Map<number, string>()

/** A JSON body of `bytes` bytes, made once: the ceiling a response of that size has on this stack. */
function staticBody(bytes: number): string {
  let body = staticBodies.get(bytes)
  if (!body) {
    body = JSON.stringify({ data: { padding: 'x'.repeat(Math.max(0, bytes - 23)) } })
    staticBodies.set(bytes, body)
  }
  return body
}

/** Probes for `npm run bench`; they exist only when the server runs with BENCH=1. */
export async function GET(request: Request, { params }: { params: Promise<{ probe: string }> }): Promise<Response> {
  const { probe } = await params
  if (!benchEnabled()) return new Response('Not found', { status: 404 })
  if (probe === 'stats') return Response.json(benchStats())
  if (probe === 'static') {
    const bytes = Math.min(Number(new URL(request.url).searchParams.get('bytes')) || 1024, 10_000_000)
    return new Response(staticBody(bytes), { headers: { 'content-type': 'application/json' } })
  }
  return new Response('Not found', { status: 404 })
}
