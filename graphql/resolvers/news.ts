import type { Scope } from '../../src/read/scope'
import { idOf, idsOf } from '../../src/shared/ids'
import type { Resolvers } from '../generated/resolvers-types'
import { renderRichText } from '../richtext'

/** What a draft saved before it had a title shows as its title (autosave keeps what "Skapa ny" opens). */
export const UNTITLED_DRAFT: Record<Scope['locale'], string> = { sv: '(Utkast utan rubrik)', en: '(Untitled draft)' }

export const newsResolvers: Resolvers = {
  NewsItem: {
    title: (item) => item.title || UNTITLED_DRAFT[item.scope.locale],
    slug: (item) => item.slug || item.id,
    lead: (item) => item.lead ?? null,
    body: async (item, { format }, { reads }) => renderRichText(await reads(item.scope).newsBody(item), format),
    publishedAt: (item) => item.publishedAt ?? null,
    heroImage: async (item, _, { reads }) => {
      const id = idOf(item.heroImage)
      const media = id ? await reads(item.scope).media(id) : null
      return media?.url ? { url: media.url, alt: media.alt, width: media.width ?? null, height: media.height ?? null } : null
    },
    contact: async (item, _, { reads }) => {
      const id = idOf(item.contact)
      return id ? reads(item.scope).contact(id) : null
    },
    focusAreas: (item, _, { reads }) => reads(item.scope).focusAreasOfNews(item),
    milestoneGoals: (item, _, { reads }) => reads(item.scope).goalsById(idsOf(item.milestoneGoals)),
    followUpYear: (item) => item.followUpYear ?? null,
    programme: (item, _, { reads }) => {
      const id = idOf(item.programme)
      return id ? reads(item.scope).programmeById(id) : null
    },
    draft: (item) => item._status !== 'published',
  },
}
