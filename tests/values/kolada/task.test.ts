import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { testPayload } from '../../helpers/payload'
import { koladaProgramme, storedValues } from './fixtures'
import { type LocalKolada, localKolada } from './local-kolada'

let payload: Payload
let kolada: LocalKolada

beforeAll(async () => {
  kolada = await localKolada()
  process.env.KOLADA_API_URL = kolada.url
  payload = await testPayload()
})

afterAll(async () => {
  await kolada?.close()
})

describe('the weekly Kolada job', () => {
  it('is scheduled every Monday', () => {
    const task = payload.config.jobs.tasks?.find((candidate) => candidate.slug === 'syncKolada')
    expect(task?.schedule).toEqual([{ cron: '0 0 5 * * 1', queue: 'default' }])
  })

  it('reads Kolada for every programme with a municipality code and logs what it did', async () => {
    const [haninge] = await koladaProgramme(payload, '0136', [{ kpi: 'N00401', measurements: [{ year: 2020, value: 5 }] }])
    const [nacka] = await koladaProgramme(payload, '0182', [{ kpi: 'N00401' }])
    const [none] = await koladaProgramme(payload, null, [{ kpi: 'N00401' }])
    kolada.setSeries('N00401', '0136', [
      { period: 2020, total: 5 },
      { period: 2021, total: 4.5 },
    ])
    kolada.setSeries('N00401', '0182', [{ period: 2021, total: 3 }])
    const log = vi.spyOn(payload.logger, 'info')
    await payload.jobs.queue({ task: 'syncKolada', input: {} })
    await payload.jobs.run()
    expect(log).toHaveBeenCalledWith({ msg: 'Kolada sync', added: 2, changed: 0, unchanged: 1, conflicts: [], errors: [] })
    expect((await storedValues(payload, haninge))[2021]).toMatchObject({ value: 4.5, source: 'kolada' })
    expect((await storedValues(payload, nacka))[2021]).toMatchObject({ value: 3, source: 'kolada' })
    expect(await storedValues(payload, none)).toEqual({})
  })
})
