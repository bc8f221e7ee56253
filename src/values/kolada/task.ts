import type { TaskConfig } from 'payload'

import { syncKolada } from './sync'

type Output = { added: number; changed: number; unchanged: number; conflicts: unknown; errors: unknown }

/** Reads Kolada for every programme with a municipality code, every Monday morning in the server's job runner. */
export const syncKoladaTask: TaskConfig<{ input: Record<string, never>; output: Output }> = {
  slug: 'syncKolada',
  label: 'Hämta indikatorvärden från Kolada',
  schedule: [{ cron: '0 0 5 * * 1', queue: 'default' }],
  outputSchema: [
    { name: 'added', type: 'number', required: true },
    { name: 'changed', type: 'number', required: true },
    { name: 'unchanged', type: 'number', required: true },
    { name: 'conflicts', type: 'json', required: true },
    { name: 'errors', type: 'json', required: true },
  ],
  handler: async ({ req }) => {
    const { added, changed, unchanged, conflicts, errors } = await syncKolada(req)
    const output = { added, changed, unchanged, conflicts, errors }
    req.payload.logger.info({ msg: 'Kolada sync', ...output })
    return { output }
  },
}
