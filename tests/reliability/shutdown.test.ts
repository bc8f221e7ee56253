/**
 * Graceful shutdown: on SIGTERM the server stops taking connections, answers every request in
 * flight in full, and exits 0.
 */
import { Agent, request } from 'node:http'
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AppServer, startApp } from '../helpers/app-server'
import { recordFigures } from './report'

const IN_FLIGHT = 20
const YEARS = [2018, 2019, 2020]
const QUERY = `query($year: Int!) {
  followUp(programme: "kmpp-2017", year: $year) {
    statusCounts { status count }
    goals { milestoneGoal { code } status commentary indicators { name series { year value } progress { status ratio } trend { status } } }
  }
}`

type Answer = { status: number; body: string } | { error: string }

/**
 * A POST whose body is held back: `taken` resolves when the server has taken the request (its
 * 100 Continue), `answer` sends the body and resolves with the whole response.
 */
function postInTwoParts(url: string, agent: Agent, body: string): { taken: Promise<void>; answer: () => Promise<Answer> } {
  const outgoing = request(`${url}/graphql`, {
    method: 'POST',
    agent,
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue' },
  })
  const failed = new Promise<{ error: string }>((resolve) => outgoing.once('error', (error) => resolve({ error: error.message })))
  const taken = Promise.race([
    new Promise<void>((resolve) => outgoing.once('continue', resolve)),
    failed.then(({ error }) => Promise.reject(new Error(error))),
  ])
  const answered = new Promise<Answer>((resolve) =>
    outgoing.once('response', (response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk) => (text += chunk))
      response.on('end', () => resolve({ status: response.statusCode!, body: text }))
      response.on('error', (error) => resolve({ error: error.message }))
    }),
  )
  outgoing.flushHeaders()
  return {
    taken,
    answer: () => {
      outgoing.end(body)
      return Promise.race([answered, failed])
    },
  }
}

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** Whether the port refuses connections within about ten seconds. */
async function refusesSoon(port: number): Promise<boolean> {
  for (let attempt = 0; attempt < 500; attempt++) {
    if (!(await acceptsConnections(port))) return true
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return false
}

let app: AppServer
let agent: Agent
let expectedBodies: Map<number, string>
let answers: Answer[] = []
let refusedWhileAnswering = false
let exitCode: number | null | undefined

beforeAll(async () => {
  // Uncached, so that each request costs the server a full report.
  app = await startApp({ env: { RESPONSE_CACHE: 'off' } })
  agent = new Agent({ keepAlive: true })
  const bodies = YEARS.map((year) => JSON.stringify({ query: QUERY, variables: { year } }))
  const answerNow = async (body: string) =>
    (await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).text()
  expectedBodies = new Map(await Promise.all(YEARS.map(async (year, i) => [year, await answerNow(bodies[i])] as const)))

  const requests = Array.from({ length: IN_FLIGHT }, (_, i) => postInTwoParts(app.url, agent, bodies[i % YEARS.length]))
  await Promise.all(requests.map((r) => r.taken))
  const exited = app.stop('SIGTERM')
  refusedWhileAnswering = (await refusesSoon(app.port)) && app.process.exitCode === null && app.process.signalCode === null
  answers = await Promise.all(requests.map((r) => r.answer()))
  exitCode = await exited
})

afterAll(async () => {
  agent?.destroy()
  await app?.stop()
  recordFigures('Graceful shutdown (SIGTERM)', [
    { label: 'in-flight requests', value: IN_FLIGHT },
    { label: 'completed', value: answers.filter((answer) => 'status' in answer && answer.status === 200).length },
    { label: 'exit code', value: String(exitCode) },
  ])
})

describe('graceful shutdown on SIGTERM', () => {
  it('answers every request that was in flight in full', () => {
    for (const body of expectedBodies.values()) expect(JSON.parse(body).data.followUp.goals.length).toBeGreaterThan(0)
    answers.forEach((answer, i) => {
      expect(answer).toEqual({ status: 200, body: expectedBodies.get(YEARS[i % YEARS.length]) })
    })
  })

  it('refuses new connections from the signal on, while it still answers those in flight', () => {
    expect(refusedWhileAnswering).toBe(true)
  })

  it('then exits with code 0', () => {
    expect(exitCode).toBe(0)
  })
})
