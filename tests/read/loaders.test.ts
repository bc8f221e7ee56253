import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createLoaders } from '../../src/read/loaders'
import { seedProgramme } from '../../src/seed/seed'
import { testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  await seedProgramme(payload)
})

describe('reading a whole collection in pages', () => {
  it('lists what a single read lists, each document once, a page at a time', async () => {
    const loaders = createLoaders(payload, null, { locale: 'sv', draft: false }, null)
    const whole = await loaders.find('milestone-goals', {})
    const pages: string[][] = []
    for await (const docs of loaders.findInPages('milestone-goals', {}, 4, { code: true })) pages.push(docs.map((doc) => doc.id))
    expect(pages.slice(0, -1).every((page) => page.length === 4)).toBe(true)
    expect(pages.flat().sort()).toEqual(whole.map((doc) => doc.id).sort())
  })

  it('keeps to what the scope shows: published news only without preview, drafts too with it', async () => {
    await payload.create({ collection: 'news', data: { title: 'Ett utkast som ingen läsare ser' }, draft: true })
    const listed = async (draft: boolean) => {
      const loaders = createLoaders(payload, null, { locale: 'sv', draft }, null, undefined, { asStaff: draft })
      const titles: string[] = []
      for await (const docs of loaders.findInPages('news', {}, 3, { title: true })) titles.push(...docs.map((doc) => doc.title ?? ''))
      return titles
    }
    expect(await listed(false)).not.toContain('Ett utkast som ingen läsare ser')
    expect(await listed(true)).toContain('Ett utkast som ingen läsare ser')
    expect(new Set(await listed(true)).size).toBe((await listed(true)).length)
  })
})
