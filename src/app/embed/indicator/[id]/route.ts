import { embedResponse } from '../../embed-response'

/** An indicator's chart to embed: /embed/indicator/{id} (?lang=en) */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return embedResponse(request, { kind: 'indicator', id })
}
