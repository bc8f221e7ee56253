import type { TaskConfig } from 'payload'

import { reminderDaysBefore } from './occasion'
import { sendRoundReminders } from './send'

/** Runs every morning in the server's job runner (src/payload.config.ts). */
export const sendRoundRemindersTask: TaskConfig<{ input: Record<string, never>; output: { sent: number } }> = {
  slug: 'sendRoundReminders',
  label: 'Påminn rapportörer om uppföljningsomgången',
  schedule: [{ cron: '0 0 7 * * *', queue: 'default' }],
  outputSchema: [{ name: 'sent', type: 'number', required: true }],
  handler: async ({ req }) => ({
    output: { sent: (await sendRoundReminders(req.payload, { daysBefore: reminderDaysBefore() })).length },
  }),
}
