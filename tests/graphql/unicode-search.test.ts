import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fillDerivedFields } from '../../collections/derived/fill'
import { slugify } from '../../collections/fields/slug'
import { up as composeSearchTexts } from '../../src/migrations/20261206_204523_normalise_search_text'
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
  it('is composed by the migration that made search normalise, in the item and its versions, keeping its time of update', async () => {
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
    // As an item saved before search normalised would have it stored. The adapter replaces the
    // localised rows as a whole: the other localised fields are written as they are.
    const before = await storedText()
    const { title, lead, body } = await payload.findByID({ collection: 'news', id: item.id, depth: 0, overrideAccess: true, locale: 'all' })
    await payload.db.updateOne({
      collection: 'news',
      id: item.id,
      data: { title, lead, body, searchText: { sv: decomposed(before.searchText.sv) }, updatedAt: before.updatedAt },
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
      const { title, lead, body, searchText } = version.version as unknown as Record<string, Record<string, string>>
      const decomposedText = { sv: decomposed(searchText.sv) }
      await payload.db.updateVersion({
        collection: 'news',
        id: version.id,
        versionData: {
          version: { title, lead, body, searchText: decomposedText, updatedAt: version.version.updatedAt },
          updatedAt: version.updatedAt,
        } as never,
        req: { locale: 'all' } as never,
      })
    }
    expect((await storedText()).searchText.sv).toBe(decomposed(before.searchText.sv))
    const matching = async () =>
      (await payload.count({ collection: 'news', where: { searchText: { like: 'söderbymalm' } }, overrideAccess: true })).totalDocs
    expect(await matching()).toBe(0)

    await composeSearchTexts({ payload, req: {} } as never)
    expect(await storedText()).toEqual({ id: item.id, searchText: before.searchText, updatedAt: before.updatedAt })
    expect((await versionTexts()).every((text) => text === text.normalize('NFC'))).toBe(true)
    expect(await matching()).toBe(1)
    const again = await fillDerivedFields(payload, { names: ['news.searchText'], onlyMissing: false })
    expect(again['news.searchText']).toEqual({ documents: 0, versions: 0 })
  })
})
