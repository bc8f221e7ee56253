import { describe, expect, it } from 'vitest'

import { newsOrder } from '../../src/read/news-page'
import { KeptSearchIndexes } from '../../src/search/kept-indexes'
import { type Ranking, type SearchDocument, SearchIndex } from '../../src/search/search-index'
import { snippetOf, snippetOfDocument } from '../../src/search/snippet'

const DOCUMENTS: SearchDocument[] = [
  { type: 'MilestoneGoal', id: 'g1', title: 'Klimatmålen för Haninge ska nås till 2030', texts: [], stamp: '1' },
  { type: 'Action', id: 'a1', title: 'Laddstolpar vid skolorna', texts: ['Kommunen bygger laddstolpar för elbilar.'], stamp: '1' },
  { type: 'Indicator', id: 'i1', title: 'Utsläpp av växthusgaser per invånare', texts: ['SCB'], stamp: '1' },
  {
    type: 'NewsItem',
    id: 'n1',
    title: 'Fler cyklar i Västerhaninge',
    texts: ['Åtgärderna gav resultat.', 'Cykelbanorna byggs ut.'],
    stamp: '1',
  },
]
const swedish = new SearchIndex(DOCUMENTS, 'sv')
const found = (query: string, index = swedish) => index.search(query).map((hit) => hit.id)
/** The snippet of the best match of `query`, from its document's texts as the API reads them again. */
const snippetOfBest = (query: string) => {
  const [hit] = swedish.search(query)
  return snippetOfDocument(DOCUMENTS.find((document) => document.id === hit.id) as SearchDocument, hit.terms, 'sv')
}

describe('the search index', () => {
  it('matches in any letter case', () => {
    expect(found('LADDSTOLPAR')).toEqual(['a1'])
    expect(found('västerhaninge')).toEqual(['n1'])
    expect(found('VÄSTERHANINGE')).toEqual(['n1'])
  })

  it('matches å, ä and ö composed or decomposed, in the query and in the text', () => {
    const decomposed = 'Växthusgaser'.normalize('NFD')
    expect(decomposed).not.toBe('Växthusgaser')
    expect(found(decomposed)).toEqual(['i1'])
    const index = new SearchIndex([{ type: 'NewsItem', id: 'n2', title: 'Återbruk i Årsta'.normalize('NFD'), texts: [], stamp: '1' }], 'sv')
    expect(found('årsta', index)).toEqual(['n2'])
  })

  it('matches words in any order, every word of the query', () => {
    expect(found('elbilar kommunen')).toEqual(['a1'])
    expect(found('kommunen elbilar')).toEqual(['a1'])
    expect(found('elbilar cyklar')).toEqual([])
  })

  it('finds a word by its beginning: klimat finds klimatmålen', () => {
    expect(found('klimat')).toEqual(['g1'])
    expect(found('växthus')).toEqual(['i1'])
  })

  it('finds Swedish words in their other inflections', () => {
    expect(found('åtgärd')).toEqual(['n1'])
    expect(found('åtgärdernas')).toEqual(['n1'])
    expect(found('klimatmål')).toEqual(['g1'])
    expect(found('utsläppen')).toEqual(['i1'])
  })

  it('stems English content by English rules', () => {
    const english = new SearchIndex(
      [{ type: 'Indicator', id: 'e1', title: 'Greenhouse gas emissions per resident', texts: [], stamp: '1' }],
      'en',
    )
    expect(found('emission', english)).toEqual(['e1'])
    expect(found('residents', english)).toEqual(['e1'])
  })

  it('finds nothing for a query without words, and ranks title matches first', () => {
    expect(found('%')).toEqual([])
    expect(found('   ')).toEqual([])
    const index = new SearchIndex(
      [
        { type: 'NewsItem', id: 'body', title: 'Om skolan', texts: ['Det handlar om solceller.'], stamp: '1' },
        { type: 'NewsItem', id: 'title', title: 'Solceller på taken', texts: ['Något annat.'], stamp: '1' },
      ],
      'sv',
    )
    expect(found('solceller', index)).toEqual(['title', 'body'])
  })

  it('finds the same after most documents changed and were removed as when built anew from what is left', () => {
    const documents = (round: number) =>
      Array.from(
        { length: 40 },
        (_, i): SearchDocument => ({
          type: 'NewsItem',
          id: `n${i}`,
          title: i % 2 ? `Solceller ${round}` : `Vindkraft ${round}`,
          texts: [`Text om ${i % 3 ? 'skolor' : 'bibliotek'} nummer ${round}`],
          stamp: String(round),
        }),
      )
    const kept = new SearchIndex(documents(1), 'sv')
    kept.update(documents(2).slice(0, 30), ['NewsItem:n35', 'NewsItem:n36'])
    const left = [
      ...documents(2).slice(0, 30),
      ...documents(1)
        .slice(30)
        .filter((document) => !['n35', 'n36'].includes(document.id)),
    ]
    const anew = new SearchIndex(left, 'sv')
    expect(kept.size).toBe(38)
    for (const query of ['solceller', 'vindkraft 2', 'skol', 'bibliotek 1', 'nummer']) {
      const ranked = (index: SearchIndex) => index.search(query).map((hit) => [hit.id, hit.score.toFixed(9)])
      expect(ranked(kept), query).toEqual(ranked(anew))
    }
    expect(kept.stamps().get('NewsItem:n0')).toBe('2')
    expect(kept.stamps().has('NewsItem:n35')).toBe(false)
  })

  it('gives the best matches first up to a limit, as they come in the whole ranking', () => {
    const all = swedish.search('bygg')
    expect(swedish.search('bygg', undefined, 1)).toEqual(all.slice(0, 1))
    expect(swedish.ranked('bygg', 1).total).toBe(all.length)
  })

  it('searches only the kinds asked for', () => {
    expect(swedish.search('bygg', ['NewsItem']).map((hit) => hit.id)).toEqual(['n1'])
    expect(found('bygg').sort()).toEqual(['a1', 'n1'])
  })

  describe('in an order of dates, as news lists are', () => {
    // News n0..n9 dated a day apart (n9 newest), n10 and n11 undated; each mentions solceller.
    const news = (id: number, publishedAt: string | null): SearchDocument => ({
      type: 'NewsItem',
      id: `n${id}`,
      title: `Solceller ${id}`,
      texts: [],
      stamp: '1',
      publishedAt,
    })
    const dated = Array.from({ length: 10 }, (_, i) => news(i, `2026-01-${String(i + 10)}T00:00:00.000Z`))
    const index = new SearchIndex([...dated, news(10, null), news(11, null), ...DOCUMENTS], 'sv')
    const ids = (order: NonNullable<Ranking['order']>, limit = 3, only?: Ranking['only']) =>
      index.ranked('solceller', limit, { types: ['NewsItem'], order, only }).hits.map((hit) => hit.id)

    it('gives the first matches in that order, and the last going backward', () => {
      expect(ids({ compare: newsOrder })).toEqual(['n9', 'n8', 'n7'])
      expect(ids({ compare: newsOrder, backward: true })).toEqual(['n10', 'n11', 'n0'])
      expect(index.ranked('solceller', 3, { order: { compare: newsOrder } }).total).toBe(12)
    })

    it('continues past a cursor in either direction, whether or not the cursor is a match', () => {
      expect(ids({ compare: newsOrder, after: { id: 'n7', publishedAt: dated[7].publishedAt! } })).toEqual(['n6', 'n5', 'n4'])
      expect(ids({ compare: newsOrder, backward: true, after: { id: 'n7', publishedAt: dated[7].publishedAt! } })).toEqual(['n8', 'n9'])
      expect(ids({ compare: newsOrder, after: { id: 'x', publishedAt: '2026-01-15T12:00:00.000Z' } })).toEqual(['n5', 'n4', 'n3'])
      expect(ids({ compare: newsOrder, after: { id: 'n1', publishedAt: dated[1].publishedAt! } })).toEqual(['n0', 'n11', 'n10'])
      expect(ids({ compare: newsOrder, after: { id: 'n11', publishedAt: null } })).toEqual(['n10'])
    })

    it('keeps only what `only` lets through, and counts only those', () => {
      const even = (item: { id: string }) => Number(item.id.slice(1)) % 2 === 0
      expect(ids({ compare: newsOrder }, 3, even)).toEqual(['n8', 'n6', 'n4'])
      expect(index.ranked('solceller', 1, { types: ['NewsItem'], order: { compare: newsOrder }, only: even }).total).toBe(6)
    })

    it('follows documents that changed since the order was last asked for', () => {
      const changing = new SearchIndex(dated, 'sv')
      const first = () => changing.ranked('solceller', 1, { order: { compare: newsOrder } }).hits.map((hit) => hit.id)
      expect(first()).toEqual(['n9'])
      changing.update([news(3, '2027-01-01T00:00:00.000Z')], [])
      expect(first()).toEqual(['n3'])
      changing.update([], ['NewsItem:n3'])
      expect(first()).toEqual(['n9'])
    })
  })

  it('gives the same scores to every ranking, one after another', () => {
    const once = swedish.search('laddstolpar kommunen').map((hit) => hit.score)
    swedish.search('cyklar')
    expect(swedish.search('laddstolpar kommunen').map((hit) => hit.score)).toEqual(once)
    expect(once[0]).toBeGreaterThan(0)
  })
})

describe('snippets', () => {
  it('show the matched words as ranges of a plain text', () => {
    const snippet = snippetOfBest('åtgärd')
    expect(snippet.text).toBe('Åtgärderna gav resultat.')
    expect(snippet.matches.map(({ start, end }) => snippet.text.slice(start, end))).toEqual(['Åtgärderna'])
  })

  it('cut a long text around the first match, marked with ellipses', () => {
    const words = Array.from({ length: 60 }, (_, i) => `ord${i}`)
    words[40] = 'solpaneler'
    const snippet = snippetOf([words.join(' ')], new Set(['solpanel']), 'sv')
    expect(snippet.text.startsWith('…')).toBe(true)
    expect(snippet.text.endsWith('…')).toBe(true)
    expect(snippet.matches.map(({ start, end }) => snippet.text.slice(start, end))).toEqual(['solpaneler'])
  })

  it('fall back to the title when the match is only there, and are plain text', () => {
    const snippet = snippetOfBest('klimat')
    expect(snippet.text).toBe('Klimatmålen för Haninge ska nås till 2030')
    expect(snippet.matches).toEqual([{ start: 0, end: 'Klimatmålen'.length }])
    const markup = snippetOf(['<script>alert(1)</script> solceller'], new Set(['solcell']), 'sv')
    expect(markup.text).toBe('<script>alert(1)</script> solceller')
  })
})

describe('kept indexes', () => {
  /** A source of documents held in a map, counting what it is asked to read. */
  function memorySource(documents: Map<string, SearchDocument>) {
    const source = {
      reads: [] as string[][],
      /** From when each listing listed changes; null when it listed every document. */
      listings: [] as Array<string | null>,
      context: '',
      fail: false,
      async list(_scope: unknown, changedSince?: string) {
        if (source.fail) throw new Error('database down')
        source.listings.push(changedSince ?? null)
        const listed = [...documents.values()].filter(({ stamp }) => !changedSince || stamp >= changedSince)
        return { documents: listed.map(({ type, id, stamp }) => ({ type, id, stamp })), total: documents.size, context: source.context }
      },
      async read(_scope: unknown, refs: Array<{ type: string; id: string }>) {
        source.reads.push(refs.map((ref) => ref.id))
        return refs.map((ref) => documents.get(ref.id) as SearchDocument)
      },
    }
    return source
  }
  /** A news item last changed `minutes` after 9:00 on 1 December 2026. */
  const news = (id: string, title: string, minutes: number): SearchDocument => ({
    type: 'NewsItem',
    id,
    title,
    texts: [],
    stamp: new Date(Date.UTC(2026, 11, 1, 9, minutes)).toISOString(),
  })
  const scope = { locale: 'sv', draft: false } as const

  it('are updated when the content version changes, reading only what changed, once for concurrent searches', async () => {
    let version = 'v1'
    const documents = new Map([
      ['a', news('a', 'Solceller', 1)],
      ['b', news('b', 'Vindkraft', 1)],
    ])
    const source = memorySource(documents)
    const kept = new KeptSearchIndexes(async () => version, source)
    await Promise.all([kept.indexFor(scope), kept.indexFor(scope)])
    expect(source.reads).toEqual([['a', 'b']])
    expect((await kept.indexFor(scope)).search('solceller')).toHaveLength(1)
    expect(source.reads).toHaveLength(1)

    documents.set('a', news('a', 'Bergvärme', 2))
    documents.delete('b')
    documents.set('c', news('c', 'Vindkraft till havs', 1))
    version = 'v2'
    const index = await kept.indexFor(scope)
    expect(source.reads).toEqual([
      ['a', 'b'],
      ['a', 'c'],
    ])
    expect(index.search('solceller')).toEqual([])
    expect(index.search('bergvärme').map((hit) => hit.id)).toEqual(['a'])
    expect(index.search('vindkraft').map((hit) => hit.id)).toEqual(['c'])
    expect(index.size).toBe(2)

    await kept.indexFor({ locale: 'en', draft: false })
    expect(source.reads).toHaveLength(3)
  })

  it('after a change list only what changed since shortly before the latest change they hold, when nothing was removed', async () => {
    let version = 'v1'
    const documents = new Map([
      ['a', news('a', 'Solceller', 0)],
      ['b', news('b', 'Vindkraft', 30)],
    ])
    const source = memorySource(documents)
    const kept = new KeptSearchIndexes(async () => version, source)
    await kept.indexFor(scope)

    // Stamped before the latest change the index holds, as by a transaction committed late: still found.
    documents.set('a', news('a', 'Bergvärme', 29))
    documents.set('c', news('c', 'Vindkraft till havs', 40))
    version = 'v2'
    const index = await kept.indexFor(scope)
    expect(source.listings).toEqual([null, news('x', '', 28).stamp])
    expect(source.reads.at(-1)).toEqual(['a', 'c'])
    expect(index.search('bergvärme').map((hit) => hit.id)).toEqual(['a'])
    expect(
      index
        .search('vindkraft')
        .map((hit) => hit.id)
        .sort(),
    ).toEqual(['b', 'c'])
  })

  it('list every document again when the scope holds fewer than the index would, and drop those gone', async () => {
    let version = 'v1'
    const documents = new Map([
      ['a', news('a', 'Solceller', 0)],
      ['b', news('b', 'Vindkraft', 0)],
    ])
    const source = memorySource(documents)
    const kept = new KeptSearchIndexes(async () => version, source)
    await kept.indexFor(scope)

    documents.delete('b')
    documents.set('c', news('c', 'Bergvärme', 5))
    version = 'v2'
    const index = await kept.indexFor(scope)
    expect(source.listings).toEqual([null, news('x', '', -2).stamp, null])
    expect(source.reads.at(-1)).toEqual(['c'])
    expect(index.search('vindkraft')).toEqual([])
    expect(index.size).toBe(2)
  })

  it('are built anew when what the texts depend on changes', async () => {
    let version = 'v1'
    const source = memorySource(new Map([['a', news('a', 'Solceller', 1)]]))
    const kept = new KeptSearchIndexes(async () => version, source)
    const first = await kept.indexFor(scope)
    source.context = 'year 2020 hidden'
    version = 'v2'
    const second = await kept.indexFor(scope)
    expect(second).not.toBe(first)
    expect(source.reads).toEqual([['a'], ['a']])
  })

  it('do not keep a failed update', async () => {
    const source = memorySource(new Map([['a', news('a', 'Solceller', 1)]]))
    source.fail = true
    const kept = new KeptSearchIndexes(async () => 'v', source)
    await expect(kept.indexFor(scope)).rejects.toThrow('database down')
    source.fail = false
    expect((await kept.indexFor(scope)).search('solceller')).toHaveLength(1)
  })
})
