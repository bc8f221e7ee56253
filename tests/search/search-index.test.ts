import { describe, expect, it } from 'vitest'

import { KeptSearchIndexes } from '../../src/search/kept-indexes'
import { type SearchDocument, SearchIndex } from '../../src/search/search-index'
import { snippetOf } from '../../src/search/snippet'

const DOCUMENTS: SearchDocument[] = [
  { type: 'MilestoneGoal', id: 'g1', title: 'Klimatmålen för Haninge ska nås till 2030', texts: [] },
  { type: 'Action', id: 'a1', title: 'Laddstolpar vid skolorna', texts: ['Kommunen bygger laddstolpar för elbilar.'] },
  { type: 'Indicator', id: 'i1', title: 'Utsläpp av växthusgaser per invånare', texts: ['SCB'] },
  { type: 'NewsItem', id: 'n1', title: 'Fler cyklar i Västerhaninge', texts: ['Åtgärderna gav resultat.', 'Cykelbanorna byggs ut.'] },
]
const swedish = new SearchIndex(DOCUMENTS, 'sv')
const found = (query: string, index = swedish) => index.search(query).map((hit) => hit.id)

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
    const index = new SearchIndex([{ type: 'NewsItem', id: 'n2', title: 'Återbruk i Årsta'.normalize('NFD'), texts: [] }], 'sv')
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
    const english = new SearchIndex([{ type: 'Indicator', id: 'e1', title: 'Greenhouse gas emissions per resident', texts: [] }], 'en')
    expect(found('emission', english)).toEqual(['e1'])
    expect(found('residents', english)).toEqual(['e1'])
  })

  it('finds nothing for a query without words, and ranks title matches first', () => {
    expect(found('%')).toEqual([])
    expect(found('   ')).toEqual([])
    const index = new SearchIndex(
      [
        { type: 'NewsItem', id: 'body', title: 'Om skolan', texts: ['Det handlar om solceller.'] },
        { type: 'NewsItem', id: 'title', title: 'Solceller på taken', texts: ['Något annat.'] },
      ],
      'sv',
    )
    expect(found('solceller', index)).toEqual(['title', 'body'])
  })

  it('searches only the kinds asked for', () => {
    expect(swedish.search('bygg', ['NewsItem']).map((hit) => hit.id)).toEqual(['n1'])
    expect(found('bygg').sort()).toEqual(['a1', 'n1'])
  })
})

describe('snippets', () => {
  it('show the matched words as ranges of a plain text', () => {
    const [hit] = swedish.search('åtgärd')
    const snippet = swedish.snippet(hit)
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
    const [hit] = swedish.search('klimat')
    const snippet = swedish.snippet(hit)
    expect(snippet.text).toBe('Klimatmålen för Haninge ska nås till 2030')
    expect(snippet.matches).toEqual([{ start: 0, end: 'Klimatmålen'.length }])
    const markup = snippetOf(['<script>alert(1)</script> solceller'], new Set(['solcell']), 'sv')
    expect(markup.text).toBe('<script>alert(1)</script> solceller')
  })
})

describe('kept indexes', () => {
  it('are rebuilt when the content version changes, and only then, once for concurrent searches', async () => {
    let version = 'v1'
    let builds = 0
    let title = 'Solceller'
    const kept = new KeptSearchIndexes(
      async () => version,
      async () => {
        builds++
        return [{ type: 'NewsItem', id: 'n', title, texts: [] }]
      },
    )
    const scope = { locale: 'sv', draft: false } as const
    await Promise.all([kept.indexFor(scope), kept.indexFor(scope)])
    expect(builds).toBe(1)
    expect((await kept.indexFor(scope)).search('solceller')).toHaveLength(1)
    expect(builds).toBe(1)
    title = 'Vindkraft'
    version = 'v2'
    const index = await kept.indexFor(scope)
    expect(builds).toBe(2)
    expect(index.search('solceller')).toHaveLength(0)
    expect(index.search('vindkraft')).toHaveLength(1)
    await kept.indexFor({ locale: 'en', draft: false })
    expect(builds).toBe(3)
  })

  it('do not keep a failed build', async () => {
    let fail = true
    const kept = new KeptSearchIndexes(
      async () => 'v',
      async () => {
        if (fail) throw new Error('database down')
        return []
      },
    )
    const scope = { locale: 'sv', draft: false } as const
    await expect(kept.indexFor(scope)).rejects.toThrow('database down')
    fail = false
    await expect(kept.indexFor(scope)).resolves.toBeDefined()
  })
})
