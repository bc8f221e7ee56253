import { type ChildProcess, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { countDatabaseCalls } from '../../bench/database-calls'
import { PUBLIC_CACHE_CONTROL } from '../../graphql/http'
import { type Computation, DEFAULT_RESPONSE_CACHE_MB, ResponseCache, responseCacheBytes } from '../../graphql/response-cache'
import { makeNews, makeProgramme } from '../helpers/fixtures'
import { postGraphQL, startGraphQLServer } from '../helpers/graphql-http'
import { testPayload, userWithRole } from '../helpers/payload'

let payload: Payload
let api: Awaited<ReturnType<typeof startGraphQLServer>>

const NEWS = '{ news(first: 100) { totalCount edges { node { title } } } }'
const titles = (body: any): string[] => body.data.news.edges.map((e: any) => e.node.title)

/** The adapter calls made while `run` runs. */
async function databaseCalls<T>(run: () => Promise<T>): Promise<{ result: T; calls: Record<string, number> }> {
  const counter = countDatabaseCalls(payload)
  try {
    return { result: await run(), calls: { ...counter.calls } }
  } finally {
    counter.restore()
  }
}

beforeAll(async () => {
  payload = await testPayload()
  await makeProgramme(payload)
  await makeNews(payload, 'published', { title: 'Första nyheten' })
  api = await startGraphQLServer(payload, { responseCache: true })
})
afterAll(() => api?.close())

/** NEWS again, with If-None-Match. */
const revalidate = (ifNoneMatch: string) =>
  fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'if-none-match': ifNoneMatch },
    body: JSON.stringify({ query: NEWS }),
  })

describe('the response cache', () => {
  it('answers a repeated anonymous query from memory, after one read of the content version', async () => {
    await api.post(NEWS)
    const { result, calls } = await databaseCalls(() => api.post(NEWS))
    expect(titles(result.body)).toContain('Första nyheten')
    expect(calls).toEqual({ findGlobal: 1 })
  })

  it('never serves content older than a write that has returned', async () => {
    expect(titles((await api.post(NEWS)).body)).not.toContain('Andra nyheten')
    const item = await makeNews(payload, 'published', { title: 'Andra nyheten' })
    expect(titles((await api.post(NEWS)).body)).toContain('Andra nyheten')

    await payload.update({ collection: 'news', id: item.id, data: { title: 'Ändrad rubrik' }, overrideAccess: true })
    expect(titles((await api.post(NEWS)).body)).toContain('Ändrad rubrik')

    await payload.update({ collection: 'news', id: item.id, data: { _status: 'draft' }, overrideAccess: true })
    expect(titles((await api.post(NEWS)).body)).not.toContain('Ändrad rubrik')

    await payload.delete({ collection: 'news', where: { title: { equals: 'Första nyheten' } }, overrideAccess: true })
    expect(titles((await api.post(NEWS)).body)).not.toContain('Första nyheten')
  })

  it('is not used for signed-in requests, which get no shared-cache headers', async () => {
    const strategist = await userWithRole(payload, 'strategist')
    const { token } = await payload.login({ collection: 'users', data: { email: strategist.email, password: 'test-password-123' } })
    await api.post(NEWS)
    const { result, calls } = await databaseCalls(() => api.post(NEWS, undefined, { authorization: `JWT ${token}` }))
    expect(result.headers.get('cache-control')).toBe('private, no-store')
    expect(calls.find ?? 0).toBeGreaterThan(0)
  })

  it('tells CDNs to keep anonymous reads briefly and to revalidate them with an ETag', async () => {
    const first = await api.post(NEWS)
    expect(first.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL)
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()
    expect((await revalidate(etag!)).status).toBe(304)
  })

  it('revalidates the ETag weakly, as a CDN that compressed the answer sends it back, also in a list', async () => {
    const etag = (await api.post(NEWS)).headers.get('etag')!
    expect((await revalidate(`W/${etag}`)).status).toBe(304)
    expect((await revalidate(`"other", W/${etag}`)).status).toBe(304)
    expect((await revalidate('"other"')).status).toBe(200)
  })

  it('does not cache errors', async () => {
    const response = await api.post('{ followUp(programme: "x", year: 1800) { year } }')
    expect(response.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT')
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('serves hashed persisted queries over GET', async () => {
    const query = '{ programmes { slug } }'
    const sha256Hash = createHash('sha256').update(query).digest('hex')
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }))
    const unknown = await (await fetch(`${api.url}?extensions=${extensions}`)).json()
    expect(unknown.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND')
    await fetch(`${api.url}?query=${encodeURIComponent(query)}&extensions=${extensions}`)
    const hashed = await fetch(`${api.url}?extensions=${extensions}`)
    expect(hashed.status).toBe(200)
    expect((await hashed.json()).data.programmes.length).toBeGreaterThan(0)
    expect(hashed.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL)
  })

  it("keeps an answer for its day only, since an indicator's overdue follows the day", async () => {
    const indicator = await payload.create({
      collection: 'indicators',
      data: { name: 'Daglig', unit: 'st', direction: 'increase', nextValueDue: '2030-06-30' },
      overrideAccess: true,
    })
    const query = `{ indicator(id: "${indicator.id}") { overdue } }`
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      vi.setSystemTime(new Date('2030-06-30T20:00:00.000Z'))
      expect((await api.post(query)).body.data.indicator.overdue).toBe(false)
      vi.setSystemTime(new Date('2030-07-01T08:00:00.000Z'))
      expect((await api.post(query)).body.data.indicator.overdue).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('ResponseCache.answer', () => {
  /** Computations the test finishes when it likes, and how many are still running. */
  function computations() {
    const finishers: Array<(computation: Computation) => void> = []
    const compute = () => new Promise<Computation>((resolve) => finishers.push(resolve))
    const finish = (body: string, ok = true) => finishers.shift()!({ status: ok ? 200 : 400, headers: [], body, ok })
    return { compute, finish, running: () => finishers.length }
  }
  const text = (body: string | Uint8Array) => (typeof body === 'string' ? body : new TextDecoder().decode(body))

  it('gives callers under the same version one computation, then keeps its answer', async () => {
    const cache = new ResponseCache()
    const { compute, finish, running } = computations()
    const answers = [cache.answer('q', 'v1', compute), cache.answer('q', 'v1', compute)]
    expect(running()).toBe(1)
    finish('{"data":1}')
    for (const { response, cacheable } of await Promise.all(answers)) expect([text(response.body), cacheable]).toEqual(['{"data":1}', true])
    const kept = await cache.answer('q', 'v1', compute)
    expect(running()).toBe(0)
    expect(text(kept.response.body)).toBe('{"data":1}')
  })

  it('never hands a caller who read a newer version a computation started under an older one', async () => {
    const cache = new ResponseCache()
    const { compute, finish, running } = computations()
    const before = cache.answer('q', 'v1', compute)
    const after = cache.answer('q', 'v2', compute)
    expect(running()).toBe(2)
    finish('{"data":"old"}')
    finish('{"data":"new"}')
    expect(text((await before).response.body)).toBe('{"data":"old"}')
    expect(text((await after).response.body)).toBe('{"data":"new"}')
    const kept = await cache.answer('q', 'v2', compute)
    expect(text(kept.response.body)).toBe('{"data":"new"}')
  })

  it('shares an error among the callers waiting for it, but keeps none', async () => {
    const cache = new ResponseCache()
    const { compute, finish, running } = computations()
    const answers = Promise.all([cache.answer('q', 'v1', compute), cache.answer('q', 'v1', compute)])
    finish('{"errors":[]}', false)
    expect((await answers).map((a) => a.cacheable)).toEqual([false, false])
    void cache.answer('q', 'v1', compute)
    expect(running()).toBe(1)
  })
})

describe('the response cache’s byte budget', () => {
  const MB = 1024 * 1024
  /** A computation of a `size`-byte answer, counting how often it ran. */
  function largeAnswers(size: number) {
    let runs = 0
    const compute = async (): Promise<Computation> => {
      runs++
      return { status: 200, headers: [['content-type', 'application/json']], body: `{"data":"${'x'.repeat(size - 11)}"}`, ok: true }
    }
    return { compute, runs: () => runs }
  }

  it('keeps no more bytes than its budget, however many distinct answers it is given, dropping the least recently used', async () => {
    const cache = new ResponseCache(MB)
    const { compute, runs } = largeAnswers(100_000)
    for (let i = 0; i < 50; i++) {
      await cache.answer(`q${i}`, 'v1', compute)
      expect(cache.bytes).toBeLessThanOrEqual(MB)
    }
    expect(cache.bytes).toBeGreaterThan(MB - 2 * 100_000)
    await cache.answer('q49', 'v1', compute)
    await cache.answer('q41', 'v1', compute)
    expect(runs()).toBe(50)
    await cache.answer('q0', 'v1', compute)
    expect(runs()).toBe(51)
  })

  it('counts the key, which holds the whole query, against the budget', async () => {
    const cache = new ResponseCache(MB)
    const { compute } = largeAnswers(20)
    for (let i = 0; i < 20; i++) await cache.answer(`${i}${' '.repeat(100_000)}`, 'v1', compute)
    expect(cache.bytes).toBeLessThanOrEqual(MB)
  })

  it('serves an answer larger than the whole budget without keeping it', async () => {
    const cache = new ResponseCache(MB)
    const { compute, runs } = largeAnswers(2 * MB)
    const { response, cacheable } = await cache.answer('big', 'v1', compute)
    expect([response.body.length, cacheable, cache.bytes]).toEqual([2 * MB, true, 0])
    await cache.answer('big', 'v1', compute)
    expect(runs()).toBe(2)
  })

  it('takes its budget from RESPONSE_CACHE_MB, and refuses a budget that is not a positive number', () => {
    expect(responseCacheBytes({})).toBe(DEFAULT_RESPONSE_CACHE_MB * MB)
    expect(responseCacheBytes({ RESPONSE_CACHE_MB: '8' })).toBe(8 * MB)
    expect(responseCacheBytes({ RESPONSE_CACHE_MB: '0.5' })).toBe(MB / 2)
    for (const wrong of ['0', '-1', 'många', '64MB'])
      expect(() => responseCacheBytes({ RESPONSE_CACHE_MB: wrong })).toThrow(/RESPONSE_CACHE_MB/)
  })
})

describe('two server processes on one database', () => {
  let other: ChildProcess | undefined

  afterAll(() => {
    // The whole process group: tsx runs the server in a child of its own.
    if (other?.pid) process.kill(-other.pid, 'SIGKILL')
  })

  it('a publish through one is served by the other on its next request', async () => {
    other = spawn('node', ['scripts/run-ts.mjs', 'graphql/standalone.ts'], {
      env: { ...process.env, PORT: '0', RESPONSE_CACHE: 'on' },
      // Payload's schema push reads stdin; a closed one ends the process before it listens.
      stdio: ['pipe', 'pipe', 'inherit'],
      detached: true,
    })
    const url = await new Promise<string>((resolve, reject) => {
      other!.stdout!.on('data', (chunk: Buffer) => {
        const match = /GraphQL API at (\S+)/.exec(chunk.toString())
        if (match) resolve(match[1])
      })
      other!.on('exit', (code) => reject(new Error(`the second server exited with ${code}`)))
    })

    const before = await postGraphQL(url, NEWS)
    expect(titles(before.body)).not.toContain('Från den andra processen')
    await postGraphQL(url, NEWS)

    await makeNews(payload, 'published', { title: 'Från den andra processen' })
    expect(titles((await postGraphQL(url, NEWS)).body)).toContain('Från den andra processen')
  }, 120_000)
})
