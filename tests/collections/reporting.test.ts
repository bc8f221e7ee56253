/** A reporter's work in the round beyond the access matrix: publishing, drafts beside published work, actions' yearly reports, their own account. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { makeProgramme } from '../helpers/fixtures'
import { testPayload, userWithRole } from '../helpers/payload'

const OPEN = 2050
const CLOSED = 2049

let payload: Payload
let base: Awaited<ReturnType<typeof makeProgramme>>
let reporter: Awaited<ReturnType<typeof userWithRole>>
let serial = 0

const asReporter = () => ({ overrideAccess: false, user: reporter, depth: 0 }) as const

async function action(data: Record<string, unknown> = {}) {
  const n = ++serial
  return payload.create({
    collection: 'actions',
    data: {
      title: `Laddstolpar ${n}`,
      slug: `laddstolpar-${n}`,
      milestoneGoals: [base.goal.id],
      responsible: [base.organisation.id],
      startYear: 2019,
      state: 'planned',
      updates: [{ year: CLOSED, text: 'Tio nya laddstolpar.' }],
      ...data,
    },
    overrideAccess: true,
    depth: 0,
  })
}

beforeAll(async () => {
  payload = await testPayload()
  base = await makeProgramme(payload)
  await userWithRole(payload, 'admin') // the first account is made an admin
  reporter = await userWithRole(payload, 'reporter', base.organisation.id)
  for (const [year, state] of [
    [OPEN, 'open'],
    [CLOSED, 'published'],
  ] as const) {
    await payload.create({
      collection: 'follow-up-rounds',
      data: { programme: base.programme.id, year, deadline: `${year + 1}-03-31T00:00:00.000Z`, state },
      overrideAccess: true,
    })
  }
})

describe('a reporter never publishes', () => {
  it('asking to publish their own follow-up or action in the open round is refused with 403', async () => {
    const message = 'Rapportörer publicerar inte. Klimatstrategerna publicerar hela året när omgången är klar.'
    const followUp = payload.create({
      collection: 'follow-ups',
      data: { milestoneGoal: base.goal.id, year: OPEN, status: 'on_track', _status: 'published' },
      ...asReporter(),
    })
    await expect(followUp).rejects.toMatchObject({ status: 403, message })
    const draft = await action({ _status: 'draft' })
    const publish = payload.update({ collection: 'actions', id: draft.id, data: { _status: 'published' }, ...asReporter() })
    await expect(publish).rejects.toMatchObject({ status: 403, message })
    const stored = await payload.findByID({ collection: 'actions', id: draft.id, overrideAccess: true })
    expect(stored._status).toBe('draft')
  })

  it('their change to a published action is saved as a draft beside it: readers still see the published one', async () => {
    const published = await action({ _status: 'published' })
    await payload.update({
      collection: 'actions',
      id: published.id,
      data: { updates: [...(published.updates ?? []), { year: OPEN, text: 'Fem till.' }] },
      ...asReporter(),
    })
    const public_ = await payload.findByID({ collection: 'actions', id: published.id, overrideAccess: false })
    expect(public_.updates?.map((update) => update.year)).toEqual([CLOSED])
    const latest = await payload.findByID({ collection: 'actions', id: published.id, draft: true, ...asReporter() })
    expect([latest._status, latest.updates?.map((update) => update.year)]).toEqual(['draft', [CLOSED, OPEN]])
  })
})

describe("a reporter's actions", () => {
  it("writes the open year's report and the action's other fields, but not a closed year's report", async () => {
    const own = await action({ _status: 'draft' })
    const update = (data: Record<string, unknown>) =>
      payload.update({ collection: 'actions', id: own.id, data, draft: true, ...asReporter() })
    const saved = await update({
      title: 'Laddstolpar vid skolor',
      state: 'ongoing',
      updates: [...(own.updates ?? []), { year: OPEN, text: 'Klart.' }],
    })
    expect([saved.title, saved.state, saved.updates?.length]).toEqual(['Laddstolpar vid skolor', 'ongoing', 2])
    await expect(update({ updates: [{ year: CLOSED, text: 'Skrivet i efterhand.' }, saved.updates?.[1]] })).rejects.toMatchObject({
      status: 403,
      message: `Uppföljningsomgången för ${CLOSED} är inte öppen: årets rapport kan inte ändras.`,
    })
    await expect(update({ updates: [saved.updates?.[1]] })).rejects.toMatchObject({ status: 403 })
  })

  it('cannot hand an action over to another organisation', async () => {
    const other = await payload.create({
      collection: 'organisations',
      data: { name: 'Tornberget', slug: 'tornberget-test', kind: 'company' },
      overrideAccess: true,
    })
    const own = await action({ _status: 'draft' })
    const handOver = payload.update({ collection: 'actions', id: own.id, data: { responsible: [other.id] }, ...asReporter() })
    await expect(handOver).rejects.toMatchObject({
      status: 403,
      message: 'Åtgärden hör inte till din organisation. Du rapporterar bara åtgärder som den ansvarar för.',
    })
  })
})

describe("a reporter's reading and account", () => {
  it('reads drafts as an editor does', async () => {
    const draft = await payload.create({
      collection: 'follow-ups',
      data: { milestoneGoal: base.goal.id, year: 2048, status: 'at_risk' },
      draft: true,
      overrideAccess: true,
    })
    const found = await payload.find({ collection: 'follow-ups', where: { id: { equals: draft.id } }, draft: true, ...asReporter() })
    expect(found.docs.map((doc) => doc.status)).toEqual(['at_risk'])
  })

  it('edits their own name but not their organisation', async () => {
    const other = await payload.create({
      collection: 'organisations',
      data: { name: 'Haninge Bostäder', slug: 'haninge-bostader-test', kind: 'company' },
      overrideAccess: true,
    })
    const named = await payload.update({ collection: 'users', id: reporter.id, data: { name: 'Rapportör' }, ...asReporter() })
    expect(named.name).toBe('Rapportör')
    const move = payload.update({ collection: 'users', id: reporter.id, data: { organisation: other.id }, ...asReporter() })
    await expect(move).rejects.toMatchObject({ status: 403, message: 'Du får inte ändra fältet organisation.' })
  })
})
