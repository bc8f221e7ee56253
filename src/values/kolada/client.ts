/**
 * Reads one KPI's values for one municipality from Kolada's v2 API, as documented in
 * https://github.com/Hypergene/kolada (README.rst, "Routes" and "Query data"):
 *
 *   GET {KOLADA_API_URL}/data/kpi/<KPI>/municipality/<MUNICIPALITY_ID>
 *   { "values": [obj, ...], "count": <int>, "previous_page": "<url>" (optional), "next_page": "<url>" (optional) }
 *   obj = { "kpi": "<string>", "municipality": "<string>", "period": "<string>",
 *           "values": [{ "count": <int>, "gender": "T|K|M", "status": "<string>", "value": <float> or null }] }
 *
 * A page holds at most 5000 items; the rest follow through next_page. The total is gender "T".
 */

export const KOLADA_API_URL = 'https://api.kolada.se/v2'

/** The municipality's total for one year. */
export type KoladaValue = { year: number; value: number }

/** What one read found: the address read (the values' reference) and the totals by year. */
export type KoladaSeries = { url: string; values: KoladaValue[] }

export type KoladaClientOptions = {
  /** Default KOLADA_API_URL from the environment, else Kolada's own. */
  baseUrl?: string
  /** How long one request may take, in milliseconds (default 20 s). */
  timeoutMs?: number
  /** Further tries of a request that got 429, a 5xx or no answer (default 3). */
  retries?: number
  /** The first wait before a retry, doubled on each further one (default 1 s); Retry-After wins when given. */
  backoffMs?: number
  /** How a wait is made; the tests record the waits instead. */
  wait?: (ms: number) => Promise<void>
}

/** Kolada could not be read for a KPI: unreachable, an error status, or an answer of the wrong shape. */
export class KoladaError extends Error {
  constructor(
    readonly kpi: string,
    message: string,
  ) {
    super(message)
    this.name = 'KoladaError'
  }
}

const MAX_PAGES = 100
const MAX_WAIT_MS = 60_000

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function koladaBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.KOLADA_API_URL || KOLADA_API_URL).replace(/\/+$/, '')
}

/** Seconds or an HTTP date, as Retry-After may say; null when it says neither. */
function retryAfterMs(header: string | null): number | null {
  if (!header) return null
  const seconds = Number(header)
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000
  const date = Date.parse(header)
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now())
}

const retried = (status: number) => status === 429 || status >= 500

type Fetched = { ok: true; body: string } | { ok: false; retry: boolean; waitMs: number | null; message: string }

async function fetchOnce(url: string, timeoutMs: number): Promise<Fetched> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } })
    const body = await response.text()
    if (response.ok) return { ok: true, body }
    return {
      ok: false,
      retry: retried(response.status),
      waitMs: retryAfterMs(response.headers.get('retry-after')),
      message: `Kolada svarade ${response.status}`,
    }
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError'
    return {
      ok: false,
      retry: true,
      waitMs: null,
      message: timedOut ? `Kolada svarade inte inom ${timeoutMs / 1000} s` : 'Kolada gick inte att nå',
    }
  }
}

type Settings = Required<Omit<KoladaClientOptions, 'baseUrl'>>

async function fetchWithRetries(kpi: string, url: string, settings: Settings): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const fetched = await fetchOnce(url, settings.timeoutMs)
    if (fetched.ok) return fetched.body
    if (!fetched.retry || attempt >= settings.retries) {
      const tries = attempt + 1
      throw new KoladaError(kpi, `${fetched.message} för ${kpi} (${url}${tries > 1 ? `, ${tries} försök` : ''}).`)
    }
    await settings.wait(Math.min(fetched.waitMs ?? settings.backoffMs * 2 ** attempt, MAX_WAIT_MS))
  }
}

type Page = { values: unknown[]; next_page?: unknown }

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

function parsePage(kpi: string, body: string): Page {
  let page: unknown
  try {
    page = JSON.parse(body)
  } catch {
    throw new KoladaError(kpi, `Koladas svar för ${kpi} är inte JSON.`)
  }
  if (!isRecord(page) || !Array.isArray(page.values)) throw new KoladaError(kpi, `Koladas svar för ${kpi} saknar "values".`)
  if (page.next_page != null && typeof page.next_page !== 'string') {
    throw new KoladaError(kpi, `Koladas svar för ${kpi} har en ogiltig "next_page".`)
  }
  return page as Page
}

/** The year and the total of one period, or null when the period has no total. */
function totalOf(kpi: string, item: unknown): KoladaValue | null {
  const wrong = () => new KoladaError(kpi, `Koladas svar för ${kpi} har en period av fel form: ${JSON.stringify(item)?.slice(0, 200)}`)
  if (!isRecord(item) || !Array.isArray(item.values)) throw wrong()
  const year = Number(item.period)
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw wrong()
  const total = item.values.find((value) => isRecord(value) && value.gender === 'T')
  if (!isRecord(total) || total.value === null || total.value === undefined) return null
  if (typeof total.value !== 'number' || !Number.isFinite(total.value)) throw wrong()
  return { year, value: total.value }
}

/**
 * The municipality's total of every period Kolada has for the KPI, following next_page; periods
 * without a total are left out. Throws a KoladaError naming the KPI when Kolada cannot be read.
 */
export async function readKoladaSeries(kpi: string, municipality: string, options: KoladaClientOptions = {}): Promise<KoladaSeries> {
  const settings: Settings = {
    timeoutMs: options.timeoutMs ?? 20_000,
    retries: options.retries ?? 3,
    backoffMs: options.backoffMs ?? 1000,
    wait: options.wait ?? sleep,
  }
  const url = `${options.baseUrl ?? koladaBaseUrl()}/data/kpi/${encodeURIComponent(kpi)}/municipality/${encodeURIComponent(municipality)}`
  const byYear = new Map<number, number>()
  let next: string | undefined = url
  for (let pages = 0; next; pages++) {
    if (pages >= MAX_PAGES) throw new KoladaError(kpi, `Koladas svar för ${kpi} tog inte slut efter ${MAX_PAGES} sidor.`)
    const page = parsePage(kpi, await fetchWithRetries(kpi, next, settings))
    for (const item of page.values) {
      const total = totalOf(kpi, item)
      if (total) byYear.set(total.year, total.value)
    }
    next = typeof page.next_page === 'string' && page.next_page !== '' ? page.next_page : undefined
  }
  const values = [...byYear].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year)
  return { url, values }
}
