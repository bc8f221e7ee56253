import type { Payload } from 'payload'

import { goalsInRound, roundsIn } from '@/src/components/admin/round-goals'
import { MY_GOALS_PATH } from '@/src/components/admin/routes'
import { awaitsReporter } from '@/src/figures/round'
import type { FollowUpRound, User } from '@/src/payload-types'
import { idOf } from '@/src/shared/ids'
import { reminderMail } from './mail'
import { dayOf, dueOccasion, type ReminderOccasion } from './occasion'

export type SentReminder = { to: string; round: string; occasion: ReminderOccasion; goals: string[] }

type Options = { now?: Date; daysBefore: number }

const sentKey = (round: FollowUpRound, occasion: ReminderOccasion, user: User) => `round-reminder:${round.id}:${occasion}:${user.id}`

function myGoalsLink(payload: Payload): string {
  const base = payload.config.serverURL || `http://localhost:${process.env.PORT || 3000}`
  return `${base}${payload.config.routes.admin}${MY_GOALS_PATH}`
}

async function reporters(payload: Payload): Promise<User[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { role: { equals: 'reporter' } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

/**
 * Mails every reporter whose organisation has goals not yet submitted (none, a draft, or returned)
 * in an open round, when a reminder is due (occasion.ts). What was sent is kept in Payload's
 * key-value store, so each reporter gets each reminder of a round once however often this runs.
 */
export async function sendRoundReminders(payload: Payload, { now = new Date(), daysBefore }: Options): Promise<SentReminder[]> {
  const sent: SentReminder[] = []
  const rounds = await roundsIn(payload, ['open'], { overrideAccess: true })
  const users = rounds.length > 0 ? await reporters(payload) : []
  for (const round of rounds) {
    const occasion = dueOccasion(new Date(round.deadline), now, daysBefore)
    if (!occasion) continue
    const goals = await goalsInRound(payload, round, { overrideAccess: true })
    for (const user of users) {
      const organisation = idOf(user.organisation)
      const missing = goals.filter((goal) => organisation && goal.responsible.includes(organisation) && awaitsReporter(goal))
      const key = sentKey(round, occasion, user)
      if (missing.length === 0 || (await payload.kv.has(key))) continue
      const mail = reminderMail({
        occasion,
        year: round.year,
        deadline: dayOf(new Date(round.deadline)),
        goals: missing.map(({ goal }) => goal),
        link: myGoalsLink(payload),
      })
      await payload.sendEmail({ to: user.email, subject: mail.subject, text: mail.text })
      await payload.kv.set(key, { sentAt: now.toISOString() })
      sent.push({ to: user.email, round: round.id, occasion, goals: missing.map(({ goal }) => goal.code) })
    }
  }
  return sent
}
