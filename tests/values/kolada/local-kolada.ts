/**
 * A local HTTP server on 127.0.0.1 that answers as Kolada's v2 API does
 * (https://github.com/Hypergene/kolada, README.rst): /data/kpi/<KPI>/municipality/<ID> gives
 * { values: [{ kpi, municipality, period, values: [{ count, gender, status, value }] }], count,
 * previous_page?, next_page? }, paged by `page` and `per_page`. A test sets each series and may
 * script answers (an error status, malformed JSON, no answer at all) given before the real ones.
 */
import { createServer, type ServerResponse } from 'node:http'

/** One period of a series: the total, and for series divided by gender the women's and men's values. */
export type Period = { period: number; total: number | null; women?: number; men?: number }

/** An answer given once, in turn, before the series: a status with a body and headers, or no answer. */
export type Scripted = { status: number; body?: string; headers?: Record<string, string> } | 'no answer'

const genderValue = (gender: string, value: number | null) => ({ count: 1, gender, status: '', value })

export async function localKolada(perPage = 5000) {
  const series = new Map<string, Period[]>()
  const scripts = new Map<string, Scripted[]>()
  const requests: string[] = []
  const hanging: ServerResponse[] = []

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`)
    requests.push(url.pathname + url.search)
    const scripted = scripts.get(url.pathname)?.shift()
    if (scripted === 'no answer') return void hanging.push(response)
    if (scripted) return void response.writeHead(scripted.status, scripted.headers).end(scripted.body ?? '')
    const match = url.pathname.match(/^\/v2\/data\/kpi\/([^/]+)\/municipality\/([^/]+)$/)
    if (!match) return void response.writeHead(404).end()
    const periods = series.get(`${match[1]}/${match[2]}`) ?? []
    const size = Number(url.searchParams.get('per_page') ?? perPage)
    const page = Number(url.searchParams.get('page') ?? 1)
    const values = periods.slice((page - 1) * size, page * size).map((period) => ({
      kpi: match[1],
      municipality: match[2],
      period: period.period,
      values: [
        ...(period.women === undefined ? [] : [genderValue('K', period.women), genderValue('M', period.men ?? null)]),
        genderValue('T', period.total),
      ],
    }))
    const pageUrl = (number: number) => `${base}${url.pathname}?page=${number}&per_page=${size}`
    const body = {
      values,
      count: values.length,
      ...(page > 1 ? { previous_page: pageUrl(page - 1) } : {}),
      ...(page * size < periods.length ? { next_page: pageUrl(page + 1) } : {}),
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`

  return {
    /** What KOLADA_API_URL is set to. */
    url: `${base}/v2`,
    requests,
    setSeries(kpi: string, municipality: string, periods: Period[]) {
      series.set(`${kpi}/${municipality}`, periods)
    },
    script(kpi: string, municipality: string, answers: Scripted[]) {
      scripts.set(`/v2/data/kpi/${kpi}/municipality/${municipality}`, answers)
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export type LocalKolada = Awaited<ReturnType<typeof localKolada>>
