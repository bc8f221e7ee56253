import { Worker } from 'node:worker_threads'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedProgramme } from '../../src/seed/seed'
import { openRound, type RoundFollowUp } from '../helpers/follow-up-round'
import { loginHeaders, SEED_GOALS } from '../helpers/graphql-seeded'
import { testPayload } from '../helpers/payload'
import { startStandaloneApi } from '../helpers/standalone-api'

// The seed has rounds up to 2021 (open), so this test opens the year after.
const YEAR = 2022
const POLLERS = 4
/** Every goal but the last three is approved; those three are submitted, returned and a draft. */
const APPROVED = SEED_GOALS.length - 3

let payload: Payload
let api: Awaited<ReturnType<typeof startStandaloneApi>> | undefined
let roundId: string

beforeAll(async () => {
  payload = await testPayload()
  await seedProgramme(payload)
  const reviews = ['submitted', 'returned', 'draft'] as const
  const followUps: Record<string, RoundFollowUp> = Object.fromEntries(
    SEED_GOALS.map((goal, i) => [goal.code, { review: i < APPROVED ? 'approved' : reviews[i - APPROVED], status: 'on_track' }]),
  )
  ;({ roundId } = await openRound(payload, YEAR, followUps, ['1.1', '2.1']))
  // The readers' API runs in a process of its own, without the response cache, so that every poll reads the database.
  api = await startStandaloneApi({ RESPONSE_CACHE: 'off' })
}, 300_000)

afterAll(async () => {
  await api?.stop()
})

const POLL = `{
  programme(slug: "kmpp-2017") { years }
  followUp(programme: "kmpp-2017", year: ${YEAR}) { goals { status } }
}`

type Answer = { sentAt: number; answeredAt: number; years: number[]; assessed: number | null }

/**
 * The pollers run on a thread of their own: the SQLite driver is synchronous, so the publication
 * holds this thread's event loop, which would neither send their requests nor take the answers.
 * Each polls until told to stop, then a last time; the thread says 'warm' once each has its first answers.
 */
const POLLER_THREAD = `
const { parentPort, workerData: { url, query, pollers } } = require('node:worker_threads')
let stopping = false
parentPort.on('message', () => { stopping = true })
const answers = []
async function poll() {
  for (let last = false; !last; ) {
    last = stopping
    const sentAt = Date.now()
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })
    const body = await response.json()
    if (body.errors) throw new Error(JSON.stringify(body.errors))
    const { programme, followUp } = body.data
    const assessed = followUp && followUp.goals.filter((goal) => goal.status !== 'NOT_ASSESSED').length
    answers.push({ sentAt, answeredAt: Date.now(), years: programme.years, assessed })
    if (answers.length === 2 * pollers) parentPort.postMessage('warm')
  }
}
Promise.all(Array.from({ length: pollers }, poll)).then(() => parentPort.postMessage(answers))
`

describe('publishing a round, with anonymous readers polling the report from another process meanwhile', () => {
  it('shows every reader either none of the year or all of it', async () => {
    const strategist = await loginHeaders(payload, 'strategist')
    const thread = new Worker(POLLER_THREAD, { eval: true, workerData: { url: api!.url, query: POLL, pollers: POLLERS } })
    const failed = new Promise<never>((_, reject) => thread.once('error', reject))
    const messages: unknown[] = []
    const next = () =>
      Promise.race([failed, new Promise((resolve) => thread.once('message', (message) => resolve(messages.push(message))))])
    await next()
    expect(messages).toEqual(['warm'])

    const startedAt = Date.now()
    const response = await handleEndpoints({
      config: payload.config,
      request: new Request(`http://localhost/api/follow-up-rounds/${roundId}/publish`, { method: 'POST', headers: strategist }),
    })
    const endedAt = Date.now()
    thread.postMessage('stop')
    await next()
    await thread.terminate()
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ published: { followUps: APPROVED, actions: 2 }, unassessed: 3 })

    const answers = messages[1] as Answer[]
    const none = answers.filter((answer) => answer.assessed === null && !answer.years.includes(YEAR))
    const all = answers.filter((answer) => answer.assessed === APPROVED && answer.years.includes(YEAR))
    const partial = answers.filter((answer) => !none.includes(answer) && !all.includes(answer))
    const during = answers.filter((answer) => answer.sentAt >= startedAt && answer.answeredAt <= endedAt)
    console.log(
      `${POLLERS} pollers, ${answers.length} answers: ${none.length} without ${YEAR}, ${all.length} with all ${APPROVED} approved goals ` +
        `assessed, ${partial.length} partial; ${during.length} asked and answered while the publication ran ` +
        `(${during.filter((answer) => all.includes(answer)).length} of them with the year), publication ${endedAt - startedAt} ms`,
    )
    expect(partial).toEqual([])
    // The readers did read while the publication ran, and saw the year once it was done.
    expect(during.length).toBeGreaterThan(0)
    expect(answers.filter((answer) => answer.sentAt > endedAt).every((answer) => all.includes(answer))).toBe(true)
  }, 180_000)
})
