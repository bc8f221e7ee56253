import { idOf, idsOf } from '../../src/shared/ids'
import type { Resolvers } from '../generated/resolvers-types'
import { renderRichText } from '../richtext'
import { type Scope, scopedFound } from '../scope'

/** What a draft saved before it had a title shows as its title (autosave keeps what "Skapa ny" opens). */
export const UNTITLED_DRAFT: Record<Scope['locale'], string> = { sv: '(Utkast utan rubrik)', en: '(Untitled draft)' }

export const newsResolvers: Resolvers = {
  NewsItem: {
    title: (item) => item.title || UNTITLED_DRAFT[item.scope.locale],
    slug: (item) => item.slug || item.id,
    lead: (item) => item.lead ?? null,
    body: async (item, { format }, { loaders }) => renderRichText(await loaders(item.scope).newsBodyById.load(item.id), format),
    publishedAt: (item) => item.publishedAt ?? null,
    heroImage: async (item, _, { loaders }) => {
      const id = idOf(item.heroImage)
      const media = id ? await loaders(item.scope).mediaById.load(id) : null
      return media?.url ? { url: media.url, alt: media.alt, width: media.width ?? null, height: media.height ?? null } : null
    },
    contact: async (item, _, { loaders }) => {
      const id = idOf(item.contact)
      return id ? loaders(item.scope).contactById.load(id) : null
    },
    focusAreas: async (item, _, { loaders }) => {
      const goals = scopedFound(await loaders(item.scope).goalById.loadMany(idsOf(item.milestoneGoals)), item.scope)
      const ids = new Set([...idsOf(item.focusAreas), ...goals.map((goal) => String(idOf(goal.focusArea)))])
      return scopedFound(await loaders(item.scope).focusAreaById.loadMany([...ids]), item.scope)
    },
    milestoneGoals: async (item, _, { loaders }) =>
      scopedFound(await loaders(item.scope).goalById.loadMany(idsOf(item.milestoneGoals)), item.scope),
    followUpYear: (item) => item.followUpYear ?? null,
    draft: (item) => item._status !== 'published',
  },
}
