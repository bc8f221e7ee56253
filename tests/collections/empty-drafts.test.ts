import config from '@payload-config'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { deleteEmptyNewsDrafts, EMPTY_DRAFT_AGE_MS } from '../../collections/News/empty-drafts'
import { richTextFromParagraphs } from '../../src/shared/richtext'
import { autoRunWith } from '../helpers/auto-run'
import { makeNews } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const draft = { draft: true, overrideAccess: true } as const
/** What "Skapa ny" under Nyheter autosaves when it opens. */
const openedAndLeft = async () => String((await payload.create({ collection: 'news', data: {} as never, ...draft })).id)
const exists = async (id: string) => (await payload.count({ collection: 'news', where: { id: { equals: id } }, ...draft })).totalDocs === 1
const aDayLater = () => Date.now() + EMPTY_DRAFT_AGE_MS + 60_000

describe('empty news drafts', () => {
  it('are deleted once untouched for a day, with their versions', async () => {
    const id = await openedAndLeft()
    expect(await deleteEmptyNewsDrafts(payload)).toBe(0)
    expect(await exists(id)).toBe(true)

    expect(await deleteEmptyNewsDrafts(payload, aDayLater())).toBeGreaterThanOrEqual(1)
    expect(await exists(id)).toBe(false)
    expect((await payload.countVersions({ collection: 'news', where: { parent: { equals: id } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('keep a draft with anything an editor wrote or chose, in either language, and every item ever published', async () => {
    const kept = [
      await payload.create({ collection: 'news', data: { title: 'Rubrik' }, ...draft }),
      await payload.create({ collection: 'news', data: { lead: 'Bara en ingress.' } as never, ...draft }),
      await payload.create({ collection: 'news', data: { body: richTextFromParagraphs(['Bara brödtext.']) } as never, ...draft }),
      await payload.create({ collection: 'news', data: { lead: 'Only in English.' } as never, locale: 'en', ...draft }),
      await payload.create({ collection: 'news', data: { followUpYear: 2020 } as never, ...draft }),
    ]
    // Emptied in its latest draft, but published before.
    const published = await makeNews(payload, 'published')
    await payload.update({
      collection: 'news',
      id: published.id,
      data: { title: null, slug: null, lead: null, body: null } as never,
      ...draft,
    })
    kept.push(published)
    // Filled in after "Skapa ny" had saved it empty.
    const filledLater = await openedAndLeft()
    await payload.update({ collection: 'news', id: filledLater, data: { title: 'Skriven senare' }, ...draft })

    await deleteEmptyNewsDrafts(payload, aDayLater())
    for (const { id } of kept) expect(await exists(String(id))).toBe(true)
    expect(await exists(filledLater)).toBe(true)
  })

  it('an empty body, as the editor leaves it after clicking into it, is empty', async () => {
    const id = String((await payload.create({ collection: 'news', data: { body: richTextFromParagraphs(['']) } as never, ...draft })).id)
    await deleteEmptyNewsDrafts(payload, aDayLater())
    expect(await exists(id)).toBe(false)
  })

  it('the server runs the deletion every hour as a scheduled job', async () => {
    const resolved = await config
    const task = resolved.jobs.tasks?.find((candidate) => candidate.slug === 'deleteEmptyNewsDrafts')
    expect(task?.schedule).toEqual([expect.objectContaining({ cron: '0 0 * * * *', queue: 'default' })])
    expect(await autoRunWith('on', payload)).toEqual(expect.arrayContaining([expect.objectContaining({ queue: 'default' })]))
    expect(await autoRunWith('off', payload)).toEqual([])

    const id = await openedAndLeft()
    // Left a day ago.
    const dayAgo = new Date(Date.now() - EMPTY_DRAFT_AGE_MS - 60_000).toISOString()
    const { docs: versions } = await payload.findVersions({
      collection: 'news',
      where: { parent: { equals: id } },
      overrideAccess: true,
      depth: 0,
    })
    for (const version of versions) {
      await payload.db.updateVersion({
        collection: 'news',
        id: version.id,
        versionData: { version: { updatedAt: dayAgo }, updatedAt: dayAgo } as never,
      })
    }
    await payload.jobs.queue({ task: 'deleteEmptyNewsDrafts', input: {} })
    await payload.jobs.run({ queue: 'default' })
    expect(await exists(id)).toBe(false)
  })
})
