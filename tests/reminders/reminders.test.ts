import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dueOccasion, reminderDaysBefore } from '../../src/reminders/occasion'
import { sendRoundReminders } from '../../src/reminders/send'
import { testPayload } from '../helpers/payload'
import { localSmtpServer } from './smtp'

type Smtp = Awaited<ReturnType<typeof localSmtpServer>>

let smtp: Smtp
let payload: Payload
const reporters: Record<string, string> = {}
let programmeId: string

const create = async <T extends Parameters<Payload['create']>[0]['collection']>(collection: T, data: Record<string, unknown>) =>
  payload.create({ collection, data: data as never, overrideAccess: true, depth: 0 })

/** Who received mail since `from`, as sorted "address: subject" lines. */
const receivedSince = (from: number) =>
  smtp.received
    .slice(from)
    .flatMap((mail) => mail.to.map((to) => `${to}: ${mail.subject}`))
    .sort()

const remind = (day: string) => sendRoundReminders(payload, { now: new Date(`${day}T06:00:00Z`), daysBefore: 7 })

beforeAll(async () => {
  smtp = await localSmtpServer()
  // Read as Payload starts (src/reminders/email.ts).
  process.env.SMTP_URL = smtp.url
  payload = await testPayload()
  // The first account is made an administrator.
  await create('users', { email: 'strateg-paminnelser@example.org', password: 'test-password-123', role: 'strategist' })

  const programme = await create('programmes', { title: 'Påminnelseprogram', slug: 'paminnelser', adoptedOn: '2017-10-09T00:00:00.000Z' })
  const focusArea = await create('focus-areas', {
    programme: programme.id,
    kind: 'focus_area',
    order: 1,
    title: 'Område',
    slug: 'omrade-paminnelser',
    goal: 'Ett mål.',
  })
  const organisation = async (slug: string) => (await create('organisations', { name: slug, slug, kind: 'administration' })).id
  const [culture, schools, housing] = [await organisation('kultur'), await organisation('skola'), await organisation('bostader')]
  const goal = async (code: string, responsible: string[], review?: string) => {
    const { id } = await create('milestone-goals', {
      focusArea: focusArea.id,
      code,
      text: `Etappmål ${code}.`,
      targetYear: 2025,
      responsible,
    })
    if (review) await create('follow-ups', { milestoneGoal: id, year: 2021, status: 'on_track', review })
    return id
  }
  await goal('1.1', [culture])
  await goal('1.2', [culture], 'submitted')
  await goal('1.3', [schools], 'returned')
  await goal('1.4', [housing], 'approved')
  await goal('1.5', [schools], 'draft')
  await create('follow-up-rounds', { programme: programme.id, year: 2021, deadline: '2021-03-31T10:00:00.000Z', state: 'open' })
  // A round under review reminds nobody, though its goals have no follow-ups.
  await create('follow-up-rounds', { programme: programme.id, year: 2020, deadline: '2021-03-28T10:00:00.000Z', state: 'review' })

  programmeId = programme.id
  for (const [name, org] of [
    ['kultur-1', culture],
    ['kultur-2', culture],
    ['skola', schools],
    ['bostader', housing],
  ] as const) {
    reporters[name] = `${name}@example.org`
    await create('users', { email: reporters[name], password: 'test-password-123', role: 'reporter', organisation: org })
  }
})

afterAll(async () => {
  await smtp?.close()
})

describe('the round reminders', () => {
  it('are due from the set number of days before the deadline, and after it', () => {
    const deadline = new Date('2021-03-31T10:00:00Z')
    expect(dueOccasion(deadline, new Date('2021-03-23T12:00:00Z'), 7)).toBeNull()
    expect(dueOccasion(deadline, new Date('2021-03-24T12:00:00Z'), 7)).toBe('before-deadline')
    expect(dueOccasion(deadline, new Date('2021-03-31T21:00:00Z'), 7)).toBe('before-deadline')
    expect(dueOccasion(deadline, new Date('2021-03-31T23:00:00Z'), 7)).toBe('after-deadline')
    expect(dueOccasion(deadline, new Date('2021-03-27T12:00:00Z'), 3)).toBeNull()
    expect(reminderDaysBefore({})).toBe(7)
    expect(reminderDaysBefore({ REMINDER_DAYS_BEFORE: '3' })).toBe(3)
  })

  it('mail each reporter with goals not yet submitted once before the deadline and once after it', async () => {
    expect(await remind('2021-03-01')).toEqual([])
    expect(smtp.received).toHaveLength(0)

    await remind('2021-03-24')
    const before = 'Påminnelse: uppföljningen 2021 ska rapporteras senast 2021-03-31'
    expect(receivedSince(0)).toEqual([
      `${reporters['kultur-1']}: ${before}`,
      `${reporters['kultur-2']}: ${before}`,
      `${reporters.skola}: ${before}`,
    ])

    const toSchools = smtp.received.find((mail) => mail.to.includes(reporters.skola))?.text ?? ''
    expect(toSchools).toContain('- 1.3 Etappmål 1.3.')
    expect(toSchools).toContain('- 1.5 Etappmål 1.5.')
    expect(toSchools).not.toContain('1.1')
    expect(toSchools).toMatch(/Rapportera under Mina etappmål: http\S+\/admin\/mina-etappmal/)
    const toCulture = smtp.received.find((mail) => mail.to.includes(reporters['kultur-1']))?.text ?? ''
    expect(toCulture).toContain('- 1.1 Etappmål 1.1.')
    expect(toCulture).not.toContain('1.2')

    const sentBefore = smtp.received.length
    expect(await remind('2021-03-24')).toEqual([])
    expect(await remind('2021-03-30')).toEqual([])
    expect(smtp.received).toHaveLength(sentBefore)

    await remind('2021-04-01')
    const after = 'Uppföljningen 2021: sista dagen för rapportering (2021-03-31) har passerat'
    expect(receivedSince(sentBefore)).toEqual([
      `${reporters['kultur-1']}: ${after}`,
      `${reporters['kultur-2']}: ${after}`,
      `${reporters.skola}: ${after}`,
    ])
    const sentAfter = smtp.received.length
    expect(await remind('2021-04-02')).toEqual([])
    expect(smtp.received).toHaveLength(sentAfter)
    expect(smtp.received.flatMap((mail) => mail.to)).not.toContain(reporters.bostader)
  })

  it('are sent by the daily job, as many days before the deadline as REMINDER_DAYS_BEFORE says', async () => {
    const inThreeDays = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000).toISOString()
    await create('follow-up-rounds', { programme: programmeId, year: 2022, deadline: inThreeDays, state: 'open' })
    const runJob = async (daysBefore: string) => {
      process.env.REMINDER_DAYS_BEFORE = daysBefore
      await payload.jobs.queue({ task: 'sendRoundReminders', input: {} })
      await payload.jobs.run()
      return smtp.received.filter((mail) => mail.subject.includes('2022')).flatMap((mail) => mail.to)
    }
    expect(await runJob('2')).toEqual([])
    expect((await runJob('5')).sort()).toEqual(Object.values(reporters).sort())
    expect((await runJob('5')).sort()).toEqual(Object.values(reporters).sort())
  })
})
