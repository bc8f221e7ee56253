import { ApolloServer } from '@apollo/server'
import { unwrapResolverError } from '@apollo/server/errors'
import type { GraphQLFormattedError } from 'graphql'
import type { Payload } from 'payload'

import { createContext, type GraphQLContext, userFromHeaders } from './context'
import { schema } from './executable-schema'

const production = () => process.env.NODE_ENV === 'production'

/** Internal failures keep their details in the log, never in a production response. */
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR' || !production()) return formatted
  console.error(unwrapResolverError(error))
  return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }
}

export type FollowUpApi = {
  server: ApolloServer<GraphQLContext>
  /** The context of one request: its Payload user (from the login cookie or JWT header) and fresh loaders. */
  contextFor: (headers: Headers) => Promise<GraphQLContext>
}

/** The follow-up API over a Payload instance; run it with Next's route, a standalone server or executeOperation. */
export function createFollowUpApi(payload: Payload): FollowUpApi {
  const server = new ApolloServer<GraphQLContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: !production(),
    // The API has no mutations, so a forged cross-site request cannot change anything.
    csrfPrevention: false,
    allowBatchedHttpRequests: false,
    formatError,
  })
  return {
    server,
    contextFor: async (headers) => createContext(payload, await userFromHeaders(payload, headers)),
  }
}
