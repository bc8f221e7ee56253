/**
 * Crash: the server is killed with SIGKILL in the middle of a stream of writes from several
 * editors, and started again on the same SQLite file. Every write acknowledged before the kill is
 * there with its content, the database passes SQLite's integrity check, and the API answers.
 */
import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { GoalStatus } from '../../src/figures'
import { type AppServer, startApp } from '../helpers/app-server'
import { testDatabaseKind } from '../helpers/test-database'
import {
  type Assessment,
  assessmentsShown,
  createNewsItem,
  type FollowUpRef,
  followUpsOf,
  type NewsState,
  newsItemShown,
  publishAssessment,
  sameAssessment,
  sameNews,
  showsAssessment,
  storedAssessment,
  storedNewsItem,
  updateNewsItem,
} from './helpers/content-writes'
import { type Client, signedIn } from './helpers/http'
import { recordFigures } from './report'

const WRITERS = 4
/** The kill comes once this many writes were acknowledged, while the writers go on. */
const KILL_AFTER_WRITES = 60
const PROGRAMME = 'kmpp-2017'
const YEAR = 2020
const STATUSES: GoalStatus[] = ['achieved', 'on_track', 'at_risk', 'not_achieved']

/** A document the writers changed: its last acknowledged state, and the one sent when the server died. */
type Written<State> = { id: string; acknowledged?: State; inFlight?: State; acknowledgedWrites: number }
type NewsWritten = Written<NewsState> & { slug: string }
type AssessmentWritten = Written<Assessment> & { followUp: FollowUpRef }

let first: AppServer
let second: AppServer | undefined
let strategist: Client
const news: NewsWritten[] = []
const assessments = new Map<string, AssessmentWritten>()
let acknowledgedWrites = 0
let killed = false
let interruptedWriters = 0
let exitCode: number | null = null
let writesFound = 0
let integrity: string | undefined

let reachKillPoint!: () => void
const killPoint = new Promise<void>((resolve) => (reachKillPoint = resolve))

function acknowledge(): void {
  if (++acknowledgedWrites === KILL_AFTER_WRITES) reachKillPoint()
}

async function write<State>(document: Written<State>, state: State, send: () => Promise<void>): Promise<void> {
  document.inFlight = state
  await send()
  document.acknowledged = state
  document.inFlight = undefined
  document.acknowledgedWrites++
  acknowledge()
}

/** Creates a draft news item, publishes it, and publishes an assessment of one of its own follow-ups, over and over. */
async function writeUntilKilled(writer: number, editor: Client, followUps: FollowUpRef[]): Promise<void> {
  for (let k = 0; ; k++) {
    const title = `Kraschprov ${writer}-${k}`
    const draft: NewsState = { title, lead: `Utkast ${k} av skribent ${writer}.`, _status: 'draft' }
    const item: NewsWritten = { ...(await createNewsItem(editor, draft)), acknowledged: draft, acknowledgedWrites: 1 }
    news.push(item)
    acknowledge()
    const published: NewsState = { title, lead: `Nyhet ${k} av skribent ${writer}.`, _status: 'published' }
    await write(item, published, () => updateNewsItem(editor, item.id, published))

    const followUp = followUps[k % followUps.length]
    const assessment: Assessment = { status: STATUSES[k % STATUSES.length], commentary: `Bedömning ${k} av skribent ${writer}.` }
    const tracked = assessments.get(followUp.id) ?? { id: followUp.id, followUp, acknowledgedWrites: 0 }
    assessments.set(followUp.id, tracked)
    await write(tracked, assessment, () => publishAssessment(editor, followUp.id, assessment))
  }
}

beforeAll(async () => {
  first = await startApp()
  strategist = await signedIn(first.url, 'strategist')
  const followUps = await followUpsOf(strategist, PROGRAMME, YEAR)
  const writers = Array.from({ length: WRITERS }, (_, writer) =>
    writeUntilKilled(
      writer,
      strategist,
      followUps.filter((_, i) => i % WRITERS === writer),
    ).catch((error) => {
      if (!killed) throw error
      interruptedWriters++
    }),
  )
  await Promise.race([killPoint, ...writers])
  killed = true
  exitCode = await first.stop('SIGKILL')
  await Promise.all(writers)
  second = await startApp({ databaseUri: first.databaseUri, seed: false })
  strategist = await signedIn(second.url, 'strategist')
})

afterAll(async () => {
  await first?.stop()
  await second?.stop()
  recordFigures('Crash (SIGKILL)', [
    { label: 'concurrent writers', value: WRITERS },
    { label: 'writers interrupted by the kill', value: interruptedWriters },
    { label: 'writes acknowledged before the kill', value: acknowledgedWrites },
    { label: 'updates in flight at the kill', value: [...news, ...assessments.values()].filter((document) => document.inFlight).length },
    { label: 'writes found after restart', value: writesFound },
    { label: 'database opened cleanly', value: integrity === 'ok' ? 'yes' : integrity ? `no (${integrity})` : 'not checked' },
  ])
})

describe('crash: SIGKILL during a stream of writes, then a restart on the same database', () => {
  it('was killed in the middle of writing', () => {
    expect(exitCode).toBeNull()
    expect(acknowledgedWrites).toBeGreaterThanOrEqual(KILL_AFTER_WRITES)
    expect(interruptedWriters).toBe(WRITERS)
  })

  it('keeps every acknowledged write, by id and content', async () => {
    const missing: string[] = []
    const count = (found: boolean, document: Written<unknown>, what: string) => {
      if (found) writesFound += document.acknowledgedWrites
      else missing.push(what)
    }
    for (const item of news) {
      const stored = await storedNewsItem(strategist, item.id)
      const found = stored?.slug === item.slug && (sameNews(stored, item.acknowledged) || sameNews(stored, item.inFlight))
      count(found, item, `news item ${item.slug}: ${JSON.stringify(stored)}`)
    }
    for (const assessment of [...assessments.values()].filter((candidate) => candidate.acknowledged)) {
      const stored = await storedAssessment(strategist, assessment.id)
      const found =
        stored._status === 'published' && (sameAssessment(stored, assessment.acknowledged) || sameAssessment(stored, assessment.inFlight))
      count(found, assessment, `follow-up ${assessment.id}: ${JSON.stringify(stored)}`)
    }
    expect(missing).toEqual([])
    expect(writesFound).toBe(acknowledgedWrites)
  })

  // PostgreSQL recovers from its write-ahead log by itself, and has no integrity check to ask.
  it.runIf(testDatabaseKind() === 'sqlite')('opens a database that passes SQLite’s integrity check', async () => {
    const database = createClient({ url: first.databaseUri })
    try {
      const { rows } = await database.execute('PRAGMA integrity_check')
      integrity = rows.map((row) => String(row[0])).join('; ')
    } finally {
      database.close()
    }
    expect(integrity).toBe('ok')
  })

  it('answers the API as before: the follow-up and news show the stored writes, and new writes succeed', async () => {
    const shown = await assessmentsShown(second!.url, PROGRAMME, YEAR)
    for (const assessment of assessments.values()) {
      const stored = await storedAssessment(strategist, assessment.id)
      expect(showsAssessment(shown.get(assessment.followUp.milestoneGoal), stored), JSON.stringify(stored)).toBe(true)
    }
    const published = news.filter((item) => item.acknowledged?._status === 'published')
    expect(published.length).toBeGreaterThan(0)
    for (const item of published) expect((await newsItemShown(second!.url, item.slug))?.title).toBe(item.acknowledged!.title)
    const after = await createNewsItem(strategist, { title: 'Efter omstarten', lead: 'Skriven efter omstarten.', _status: 'published' })
    expect(await storedNewsItem(strategist, after.id)).toMatchObject({ title: 'Efter omstarten', _status: 'published' })
  })
})
