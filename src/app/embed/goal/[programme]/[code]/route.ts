import { embedResponse } from '../../../embed-response'

/** A milestone goal to embed: /embed/goal/kmpp-2017/1.2 (?lang=en) */
export async function GET(request: Request, { params }: { params: Promise<{ programme: string; code: string }> }) {
  const { programme, code } = await params
  return embedResponse(request, { kind: 'goal', programme, code })
}
