import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { countDatabaseCalls } from '../../bench/database-calls'
import type { Role } from '../../collections/roles'
import { openRound } from '../helpers/follow-up-round'
import { dataOf, type SeededApi, seededApi } from '../helpers/graphql-seeded'
import { userWithRole } from '../helpers/payload'

// The seed has rounds up to 2021 (open), so this test opens the year after.
const YEAR = 2022

let api: SeededApi
let payload: Payload
let round: Awaited<ReturnType<typeof openRound>>

beforeAll(async () => {
  api = await seededApi()
  payload = api.payload
  round = await openRound(
    payload,
    YEAR,
    {
      '1.1': { review: 'approved', status: 'on_track' },
      '1.2': { review: 'approved', status: 'achieved' },
      '1.3': { review: 'submitted', status: 'at_risk' },
      '1.4': { review: 'returned', status: 'not_achieved' },
      '2.1': { review: 'draft', status: 'at_risk' },
    },
    ['1.1', '1.3'],
  )
}, 300_000)

afterAll(async () => {
  await api?.close()
})

/** A request to the round's endpoint as a new account with `role` (none: anonymous), as the admin sends it. */
async function callEndpoint(method: 'GET' | 'POST', endpoint: 'publication' | 'publish', role?: Role, roundId = round.roundId) {
  const headers: Record<string, string> = {}
  if (role) {
    const { docs: organisations } = await payload.find({ collection: 'organisations', limit: 1, depth: 0 })
    const user = await userWithRole(payload, role, role === 'reporter' ? String(organisations[0].id) : undefined)
    const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: 'test-password-123' } })
    headers.authorization = `JWT ${token}`
  }
  const request = new Request(`http://localhost/api/follow-up-rounds/${roundId}/${endpoint}`, { method, headers })
  const response = await handleEndpoints({ config: payload.config, request })
  return { status: response.status, body: (await response.json()) as any }
}

const REPORT = `{ followUp(programme: "kmpp-2017", year: ${YEAR}) {
  assessedCount goals { milestoneGoal { code } status }
} }`

const statusesOf = (report: { goals: Array<{ milestoneGoal: { code: string }; status: string }> }) =>
  Object.fromEntries(report.goals.map((goal) => [goal.milestoneGoal.code, goal.status]))

describe("a round's publication", () => {
  it('is planned for strategists: what will be published, and which goals stay unassessed with their review state', async () => {
    const { status, body } = await callEndpoint('GET', 'publication', 'strategist')
    expect(status).toBe(200)
    expect(body.year).toBe(YEAR)
    expect(body.toPublish).toEqual({ followUps: 2, actions: 2 })
    expect(body.unassessed).toHaveLength(23)
    const reviews = Object.fromEntries(body.unassessed.map((entry: any) => [entry.goal.code, entry.review]))
    const withoutFollowUp = [...round.goals.keys()].filter((code) => !['1.1', '1.2', '1.3', '1.4', '2.1'].includes(code))
    expect(reviews).toEqual({
      '1.3': 'submitted',
      '1.4': 'returned',
      '2.1': 'draft',
      ...Object.fromEntries(withoutFollowUp.map((code) => [code, null])),
    })
    expect(body.unassessed[0].goal).toEqual({ id: round.goals.get('1.3'), code: '1.3' })
  })

  it('is refused to everyone but strategists and admins, and for an unknown round', async () => {
    for (const role of [undefined, 'communicator', 'reporter'] as const) {
      expect((await callEndpoint('GET', 'publication', role)).status, role).toBe(403)
      const refused = await callEndpoint('POST', 'publish', role)
      expect(refused.status, role).toBe(403)
      expect(refused.body.errors[0].message, role).toMatch(/klimatstrateger/)
    }
    expect((await callEndpoint('GET', 'publication', 'admin', '00000000-0000-4000-8000-000000000000')).status).toBe(404)
    expect(dataOf(await api.post(REPORT)).followUp).toBeNull()
  })

  it('publishes the approved follow-ups and the year’s actions, the rest stay drafts and NOT_ASSESSED; the content changes once', async () => {
    const counter = countDatabaseCalls(payload)
    const { status, body } = await callEndpoint('POST', 'publish', 'strategist')
    const signals = counter.log.filter((call) => call === 'updateGlobal:content-state').length
    counter.restore()
    expect(status).toBe(200)
    expect(body).toMatchObject({ year: YEAR, published: { followUps: 2, actions: 2 }, unassessed: 23 })
    expect(Date.parse(body.publishedAt)).not.toBeNaN()
    expect(signals).toBe(1)

    const report = dataOf(await api.post(REPORT)).followUp
    expect(report.assessedCount).toBe(2)
    expect(statusesOf(report)).toMatchObject({
      '1.1': 'ON_TRACK',
      '1.2': 'ACHIEVED',
      '1.3': 'NOT_ASSESSED',
      '1.4': 'NOT_ASSESSED',
      '2.1': 'NOT_ASSESSED',
    })

    const stored = await payload.findByID({ collection: 'follow-up-rounds', id: round.roundId, depth: 0 })
    expect(stored).toMatchObject({ state: 'published', publishedAt: body.publishedAt })
    const { docs: drafts } = await payload.find({ collection: 'follow-ups', where: { year: { equals: YEAR } }, draft: true, depth: 0 })
    expect(Object.fromEntries(drafts.map((doc) => [doc.review, doc._status]))).toEqual({
      approved: 'published',
      submitted: 'draft',
      returned: 'draft',
      draft: 'draft',
    })
    const published = async (id: string) => (await payload.findByID({ collection: 'actions', id, depth: 0 }))._status
    expect(await Promise.all(round.actionIds.map(published))).toEqual(['published', 'published'])
    expect(await published(round.otherYearActionId)).toBe('draft')
  })

  it('is refused when the round is published already', async () => {
    const { status, body } = await callEndpoint('POST', 'publish', 'admin')
    expect(status).toBe(409)
    expect(body.errors[0].message).toBe(`Uppföljningen ${YEAR} är redan publicerad.`)
  })
})
