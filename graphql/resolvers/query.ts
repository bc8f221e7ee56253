import { assertYear } from '../arguments'
import { assertMayPreview, type GraphQLContext } from '../context'
import { loadFollowUpReport } from '../follow-up-report'
import type { Resolvers } from '../generated/resolvers-types'
import type { Loaders } from '../loaders'
import { loadNewsPage } from '../news-page'
import { localeFromArgument, scoped } from '../scope'

const publishedIn = (locale: string | null | undefined) => ({ locale: localeFromArgument(locale), draft: false })

/** One published document, in the language asked for; null when there is none. */
async function published<T extends object>(
  context: GraphQLContext,
  locale: string | null | undefined,
  load: (loaders: Loaders) => Promise<T | null>,
) {
  const scope = publishedIn(locale)
  const doc = await load(context.loaders(scope))
  return doc && scoped(doc, scope)
}

export const queryResolvers: Resolvers = {
  Query: {
    programmes: async (_, { locale }, { loaders }) => {
      const scope = publishedIn(locale)
      return (await loaders(scope).find('programmes', {}, 'createdAt')).map((doc) => scoped(doc, scope))
    },
    programme: (_, { slug, locale }, context) => published(context, locale, (loaders) => loaders.programmeBySlug.load(slug)),
    followUp: async (_, { programme: slug, year, locale, preview }, context) => {
      assertYear(year)
      const scope = { locale: localeFromArgument(locale), draft: assertMayPreview(context, preview) }
      const loaders = context.loaders(scope)
      const programme = await loaders.programmeBySlug.load(slug)
      return programme && loadFollowUpReport(loaders, scoped(programme, scope), year)
    },
    milestoneGoal: (_, { id, locale }, context) => published(context, locale, (loaders) => loaders.goalById.load(id)),
    indicator: (_, { id, locale }, context) => published(context, locale, (loaders) => loaders.indicatorById.load(id)),
    organisations: async (_, { locale }, { loaders }) => {
      const scope = publishedIn(locale)
      return (await loaders(scope).find('organisations', {}, 'name')).map((doc) => scoped(doc, scope))
    },
    organisation: (_, { slug, locale }, context) => published(context, locale, (loaders) => loaders.organisationBySlug.load(slug)),
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
