import { setTimeout as sleep } from 'node:timers/promises'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { autoRunWith } from '../helpers/auto-run'
import { makeNews } from '../helpers/fixtures'
import { testPayload, userWithRole } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const statusOf = async (id: string) =>
  (await payload.findByID({ collection: 'news', id, draft: true, overrideAccess: true, depth: 0 }))._status

describe('scheduled publishing of news', () => {
  it('the server runs the publishing jobs by itself', async () => {
    expect(await autoRunWith('on', payload)).toEqual(expect.arrayContaining([expect.objectContaining({ queue: 'default' })]))
    expect(await autoRunWith('off', payload)).toEqual([])
  })

  it('a scheduled item stays a draft until its time, then the job publishes it', async () => {
    const communicator = await userWithRole(payload, 'communicator')
    const item = await makeNews(payload, 'draft')
    const publishAt = new Date(Date.now() + 1500)
    await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: publishAt,
      input: { type: 'publish', doc: { relationTo: 'news', value: item.id }, user: { relationTo: 'users', value: communicator.id } },
    })

    await payload.jobs.run({ queue: 'default' })
    expect(await statusOf(item.id)).toBe('draft')
    const anonymousBefore = await payload.find({ collection: 'news', where: { id: { equals: item.id } }, overrideAccess: false })
    expect(anonymousBefore.totalDocs).toBe(0)

    await sleep(publishAt.getTime() - Date.now() + 200)
    await payload.jobs.run({ queue: 'default' })
    expect(await statusOf(item.id)).toBe('published')
    const anonymousAfter = await payload.find({ collection: 'news', where: { id: { equals: item.id } }, overrideAccess: false })
    expect(anonymousAfter.totalDocs).toBe(1)
    expect(anonymousAfter.docs[0].publishedAt).toBeTruthy()
  })
})
