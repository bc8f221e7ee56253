import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '../../collections/fields/slug'
import { normaliseSearchTexts } from '../../collections/News/search-text'
import { makeNews } from '../helpers/fixtures'
import { dataOf, type SeededApi, seededApi } from '../helpers/graphql-seeded'

/** Text as macOS often pastes it: "ö" as o and a combining diaeresis (U+0308). */
const decomposed = (text: string) => text.normalize('NFD')

let api: SeededApi

beforeAll(async () => {
  api = await seededApi()
})
afterAll(async () => {
  await api?.close()
})

const SEARCH = `query($search: String!) { news(first: 50, filter: { search: $search }) { totalCount edges { node { slug } } } }`
const found = async (search: string) => {
  const { news } = dataOf(await api.post(SEARCH, { search }))
  return news.edges.map((edge: { node: { slug: string } }) => edge.node.slug).sort()
}

describe('news search ignores how å, ä and ö are encoded', () => {
  it('decomposed "miljö" finds what composed "miljö" finds', async () => {
    expect(decomposed('miljö')).not.toBe('miljö')
    const composed = await found('miljö')
    expect(composed.length).toBeGreaterThan(0)
    expect(await found(decomposed('miljö'))).toEqual(composed)
  })

  it('an item whose title was pasted decomposed is found by the composed word, and the other way round', async () => {
    const item = await makeNews(api.payload, 'published', { title: decomposed('Kompostering i Årsta') })
    expect(await found('årsta')).toEqual([item.slug])
    expect(await found(decomposed('ÅRSTA'))).toEqual([item.slug])
  })

  it('a decomposed title gives the same slug as the composed one', () => {
    expect(slugify(decomposed('Miljö och återvinning i Västerhaninge'))).toBe(slugify('Miljö och återvinning i Västerhaninge'))
    expect(slugify(decomposed('Miljö och återvinning i Västerhaninge'))).toBe('miljo-och-atervinning-i-vasterhaninge')
  })
})

describe('news saved while search text could be stored decomposed', () => {
  it('is composed by normaliseSearchTexts, in the item and its versions, keeping its time of update', async () => {
    const { payload } = api
    const item = await makeNews(payload, 'published', { title: 'Solceller på Söderbymalm' })
    await payload.update({ collection: 'news', id: item.id, data: { lead: 'Ny ingress.' }, draft: true, overrideAccess: true })
    const storedText = async () =>
      (await payload.findByID({
        collection: 'news',
        id: item.id,
        depth: 0,
        overrideAccess: true,
        locale: 'all',
        select: { searchText: true, updatedAt: true },
      })) as unknown as {
        searchText: Record<string, string>
        updatedAt: string
      }
    const versionTexts = async () =>
      (
        await payload.findVersions({
          collection: 'news',
          where: { parent: { equals: item.id } },
          locale: 'all',
          depth: 0,
          overrideAccess: true,
          pagination: false,
        })
      ).docs.map((version) => (version.version.searchText as unknown as Record<string, string>).sv)
    // As an item saved before search normalised would have it stored.
    const before = await storedText()
    await payload.db.updateOne({
      collection: 'news',
      id: item.id,
      data: { searchText: { sv: decomposed(before.searchText.sv) }, updatedAt: before.updatedAt },
      req: { locale: 'all' } as never,
    })
    for (const version of (
      await payload.findVersions({
        collection: 'news',
        where: { parent: { equals: item.id } },
        locale: 'all',
        depth: 0,
        overrideAccess: true,
      })
    ).docs) {
      const searchText = { sv: decomposed((version.version.searchText as unknown as Record<string, string>).sv) }
      await payload.db.updateVersion({
        collection: 'news',
        id: version.id,
        versionData: { version: { searchText, updatedAt: version.version.updatedAt }, updatedAt: version.updatedAt } as never,
        req: { locale: 'all' } as never,
      })
    }
    expect((await storedText()).searchText.sv).toBe(decomposed(before.searchText.sv))
    const matching = async () =>
      (await payload.count({ collection: 'news', where: { searchText: { like: 'söderbymalm' } }, overrideAccess: true })).totalDocs
    expect(await matching()).toBe(0)

    expect(await normaliseSearchTexts(payload)).toBe(1)
    expect(await storedText()).toEqual({ id: item.id, searchText: before.searchText, updatedAt: before.updatedAt })
    expect((await versionTexts()).every((text) => text === text.normalize('NFC'))).toBe(true)
    expect(await matching()).toBe(1)
    expect(await normaliseSearchTexts(payload)).toBe(0)
  })
})
