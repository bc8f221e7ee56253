import type { SearchHit } from './search-query'

type Kind = SearchHit['node']['__typename']

/** What the search page says, in Swedish at /sok and in English at /en/search. */
export const SEARCH_TEXTS = {
  sv: {
    heading: 'Sök',
    label: 'Sök bland etappmål, åtgärder, indikatorer och nyheter',
    button: 'Sök',
    count: (count: number, query: string) => `${count === 1 ? '1 träff' : `${count} träffar`} för ”${query}”`,
    none: 'Inget matchade sökningen. Pröva färre ord eller början av ett ord.',
    paging: 'Bläddra bland träffarna',
    previous: 'Föregående träffar',
    next: 'Fler träffar',
    kinds: { MilestoneGoal: 'Etappmål', Action: 'Åtgärd', Indicator: 'Indikator', NewsItem: 'Nyhet' } satisfies Record<Kind, string>,
  },
  en: {
    heading: 'Search',
    label: 'Search milestone goals, actions, indicators and news',
    button: 'Search',
    count: (count: number, query: string) => `${count === 1 ? '1 result' : `${count} results`} for “${query}”`,
    none: 'Nothing matched the search. Try fewer words, or the beginning of a word.',
    paging: 'Browse the results',
    previous: 'Previous results',
    next: 'More results',
    kinds: { MilestoneGoal: 'Milestone goal', Action: 'Action', Indicator: 'Indicator', NewsItem: 'News' } satisfies Record<Kind, string>,
  },
}

export type SearchTexts = (typeof SEARCH_TEXTS)['sv']
