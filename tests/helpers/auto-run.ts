import config from '@payload-config'
import type { Payload } from 'payload'

/**
 * The cron runs the server sets up for its jobs with `JOBS_AUTORUN` set to `jobsAutorun` (the tests
 * themselves run with it off, so that no job runs beside them).
 */
export async function autoRunWith(jobsAutorun: string, payload: Payload) {
  const { autoRun } = (await config).jobs
  const before = process.env.JOBS_AUTORUN
  process.env.JOBS_AUTORUN = jobsAutorun
  try {
    return typeof autoRun === 'function' ? await autoRun(payload) : autoRun
  } finally {
    if (before === undefined) delete process.env.JOBS_AUTORUN
    else process.env.JOBS_AUTORUN = before
  }
}
