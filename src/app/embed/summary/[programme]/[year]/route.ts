import { embedResponse } from '../../../embed-response'

/** A year's follow-up in figures to embed: /embed/summary/kmpp-2017/2020 (?lang=en) */
export async function GET(request: Request, { params }: { params: Promise<{ programme: string; year: string }> }) {
  const { programme, year } = await params
  return embedResponse(request, /^\d{4}$/.test(year) ? { kind: 'summary', programme, year: Number(year) } : null)
}
