import { assertYear } from '../arguments'
import { assertMayPreview } from '../context'
import { loadFollowUpReport } from '../follow-up-report'
import type { Resolvers } from '../generated/resolvers-types'
import { loadNewsPage } from '../news-page'
import { localeFromArgument, scoped } from '../scope'

const publishedIn = (locale: string | null | undefined) => ({ locale: localeFromArgument(locale), draft: false })

export const queryResolvers: Resolvers = {
  Query: {
    programmes: async (_, { locale }, { loaders }) => {
      const scope = publishedIn(locale)
      return (await loaders(scope).find('programmes', {}, 'createdAt')).map((doc) => scoped(doc, scope))
    },
    programme: async (_, { slug, locale }, { loaders }) => {
      const scope = publishedIn(locale)
      const doc = await loaders(scope).programmeBySlug.load(slug)
      return doc && scoped(doc, scope)
    },
    followUp: async (_, { programme: slug, year, locale, preview }, context) => {
      assertYear(year)
      const scope = { locale: localeFromArgument(locale), draft: assertMayPreview(context, preview) }
      const loaders = context.loaders(scope)
      const programme = await loaders.programmeBySlug.load(slug)
      return programme && loadFollowUpReport(loaders, scoped(programme, scope), year)
    },
    milestoneGoal: async (_, { id, locale }, { loaders }) => {
      const scope = publishedIn(locale)
      const doc = await loaders(scope).goalById.load(id)
      return doc && scoped(doc, scope)
    },
    indicator: async (_, { id, locale }, { loaders }) => {
      const scope = publishedIn(locale)
      const doc = await loaders(scope).indicatorById.load(id)
      return doc && scoped(doc, scope)
    },
    organisations: async (_, { locale }, { loaders }) => {
      const scope = publishedIn(locale)
      return (await loaders(scope).find('organisations', {}, 'name')).map((doc) => scoped(doc, scope))
    },
    organisation: async (_, { slug, locale }, { loaders }) => {
      const scope = publishedIn(locale)
      const doc = await loaders(scope).organisationBySlug.load(slug)
      return doc && scoped(doc, scope)
    },
    newsItem: async (_, { slug, locale, preview }, context) => {
      const scope = { locale: localeFromArgument(locale), draft: assertMayPreview(context, preview) }
      const doc = await context.loaders(scope).newsBySlug.load(slug)
      return doc && scoped(doc, scope)
    },
    news: (_, { first, after, filter, locale, preview }, context) => {
      const scope = { locale: localeFromArgument(locale), draft: assertMayPreview(context, preview) }
      return loadNewsPage(context.loaders(scope), { first, after, filter })
    },
  },
}
