import type { Locale } from '../../src/read/models'
import { assertYear, localeFromArgument } from '../arguments'
import { assertMayPreview, type GraphQLContext } from '../context'
import { forbidden } from '../errors'
import type { Resolvers } from '../generated/resolvers-types'

const publishedIn = (locale: Locale | null | undefined) => ({ locale: localeFromArgument(locale), draft: false })

/** Published documents only, or drafts too for a signed-in editor who asks for a preview. */
const readsFor = (context: GraphQLContext, locale: Locale | null | undefined, preview: boolean | null | undefined) =>
  context.reads({ locale: localeFromArgument(locale), draft: assertMayPreview(context, preview) })

export const queryResolvers: Resolvers = {
  SearchResult: {
    __resolveType: (node) => node.__typename,
  },
  Query: {
    programmes: (_, { locale }, { reads }) => reads(publishedIn(locale)).programmes(),
    programme: (_, { slug, locale }, { reads }) => reads(publishedIn(locale)).programme(slug),
    followUp: async (_, { programme: slug, year, locale, preview }, context) => {
      assertYear(year)
      const reads = readsFor(context, locale, preview)
      const programme = await reads.programme(slug)
      return programme && reads.report(programme, year)
    },
    milestoneGoal: (_, { id, locale }, { reads }) => reads(publishedIn(locale)).goal(id),
    indicator: (_, { id, locale }, { reads }) => reads(publishedIn(locale)).indicator(id),
    organisations: (_, { locale }, { reads }) => reads(publishedIn(locale)).organisations(),
    organisation: (_, { slug, locale }, { reads }) => reads(publishedIn(locale)).organisation(slug),
    newsItem: (_, { slug, locale, preview }, context) => readsFor(context, locale, preview).newsItem(slug),
    news: (_, { locale, preview, ...page }, context) => readsFor(context, locale, preview).newsPage(page),
    actions: (_, { locale, preview, ...page }, context) => readsFor(context, locale, preview).actionPage(page),
    search: (_, { locale, preview, ...page }, context) => readsFor(context, locale, preview).search(page),
    followUpRound: async (_, { programme: slug, year, locale }, context) => {
      assertYear(year)
      if (!context.user)
        throw forbidden('The follow-up round is for signed-in editors: send the Payload login cookie or an Authorization: JWT header.')
      // A round counts what reporters have submitted, which stays a draft until the year is published.
      const reads = context.reads({ locale: localeFromArgument(locale), draft: true })
      const programme = await reads.programme(slug)
      return programme && reads.followUpRound(programme, year)
    },
  },
}
