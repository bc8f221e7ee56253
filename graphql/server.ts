import { ApolloServer, type ApolloServerPlugin } from '@apollo/server'
import { unwrapResolverError } from '@apollo/server/errors'
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled'
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache'
import { ApolloArmor } from '@escape.tech/graphql-armor'
import { type DocumentNode, GraphQLError, type GraphQLFormattedError, type ValidationContext } from 'graphql'
import type { Payload } from 'payload'

import { InvalidArgument } from '../src/read/errors'
import { assertArgumentsWithinLimits, unboundedArguments } from './argument-limits'
import { createContext, type GraphQLContext, userFromHeaders } from './context'
import { INTERNAL_ERROR_MESSAGE } from './errors'
import { schema } from './executable-schema'
import { requestedFields } from './selective-reads'

/**
 * Refused before execution with status 400 and extensions.code GRAPHQL_PARSE_FAILED (tokens) or
 * GRAPHQL_VALIDATION_FAILED (the rest). Generous for what frontends ask:
 * the deepest sensible query (report -> focus areas -> goals -> indicators -> progress) is depth 6,
 * a complete follow-up report costs about 450 and a page of 100 news items about 3800.
 * Depth is that of the result: fragments, as Apollo Client, Relay and codegen users colocate
 * them, add none. Every rule counts a fragment once and reuses the count, so neither a cycle
 * (refused by graphql-js as well) nor a fragment spread exponentially often makes it work long.
 */
export const QUERY_LIMITS = { depth: 12, aliases: 30, tokens: 2000, directives: 20, cost: 5000 }

/** graphql-armor words each refusal as "Syntax Error: ..." although the query parsed: report it as what it is. */
const refusal = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
  ],
}

const armor = new ApolloArmor({
  maxDepth: { n: QUERY_LIMITS.depth, flattenFragments: true, ...refusal },
  maxAliases: { n: QUERY_LIMITS.aliases, ...refusal },
  // graphql-js counts tokens itself while parsing (parseOptions below), and fails as a parse error.
  maxTokens: { enabled: false },
  maxDirectives: { n: QUERY_LIMITS.directives, ...refusal },
  costLimit: { maxCost: QUERY_LIMITS.cost, flattenFragments: true, ...refusal },
})

/** graphql-js's refusal of a query over parseOptions.maxTokens, worded as a syntax error (and "more that" in 16.x). */
const TOKEN_LIMIT = /^Syntax Error: Document contains more \w+ \d+ tokens/

/**
 * Internal failures go to the server's console in full and to the client as a bare code, in every
 * mode: a database error's text carries its SQL, parameters and file paths. An error Apollo marks
 * with a 4xx status but no code (e.g. an unsupported persisted-query version) is the client's, as is
 * an argument the read layer cannot use.
 */
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT.test(formatted.message)) {
    return { ...formatted, message: formatted.message.replace(/^Syntax Error: /, '') }
  }
  if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted
  if (unwrapResolverError(error) instanceof InvalidArgument) return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } }
  // Read, not checked with instanceof: Apollo's GraphQLError may come from another copy of graphql than ours.
  const status = (error as { extensions?: { http?: { status?: number } } } | null)?.extensions?.http?.status
  if (status && status < 500) return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } }
  console.error(unwrapResolverError(error))
  return {
    message: INTERNAL_ERROR_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  }
}

const REQUEST_ERRORS = new Set(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED'])

/** A request refused before execution (e.g. over a query limit) is the client's error: 400, not 500. */
const refusedRequestsAre400: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || 'data' in response.body.singleResult) return
        const codes = response.body.singleResult.errors?.map((e) => String(e.extensions?.code)) ?? []
        if (codes.some((code) => REQUEST_ERRORS.has(code))) response.http.status = 400
      },
    }
  },
}

/**
 * graphql-js validates a mutation or subscription against a schema without one as valid and then
 * fails it in execution, which Apollo would report as an internal error: refuse it as invalid.
 * Runs after Apollo's own check, so a mutation over GET keeps its 405.
 */
const queriesOnly: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, schema }) {
        if (operation && !schema.getRootType(operation.operation)) {
          throw new GraphQLError(`This API answers queries only; it has no ${operation.operation} operations.`, {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          })
        }
      },
    }
  },
}

/** Text and list arguments over their limits are refused before anything is read (see argument-limits.ts). */
const boundedArguments: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request }) {
        if (operation) assertArgumentsWithinLimits(schema, document, operation, request.variables)
      },
    }
  },
}

/** Once the operation is known, the read layer may read just the fields it asks for. */
const selectiveReads: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, schema, contextValue }) {
        contextValue.readOnly(requestedFields(schema, document))
      },
    }
  },
}

/**
 * The parsed and validated queries Apollo keeps, measured as Apollo measures them, by their JSON.
 * A parsed query keeps its tokens as well and takes about four times its JSON in the heap, so
 * Apollo's default of 30 MB let a flood of distinct large queries hold some 120 MB. 4 MB still
 * keeps thousands of the queries frontends send (1-10 KB of JSON each).
 */
export const DOCUMENT_STORE_MB = 4

export type FollowUpApi = {
  server: ApolloServer<GraphQLContext>
  /** The context of one request: its Payload user (from the login cookie or JWT header) and fresh reads. */
  contextFor: (headers: Headers) => Promise<GraphQLContext>
}

/** The follow-up API over a Payload instance; run it with Next's route, a standalone server or executeOperation. */
export function createFollowUpApi(payload: Payload): FollowUpApi {
  const unbounded = unboundedArguments(schema)
  if (unbounded.length) throw new Error(`Give these arguments a limit in ARGUMENT_LIMITS: ${unbounded.join(', ')}.`)
  const protection = armor.protect()
  const server = new ApolloServer<GraphQLContext>({
    schema,
    documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: DOCUMENT_STORE_MB * 1024 * 1024 }),
    // Caching headers come from http.ts, so Apollo's per-field cache hints would only cost time.
    plugins: [
      ...protection.plugins,
      queriesOnly,
      boundedArguments,
      refusedRequestsAre400,
      selectiveReads,
      ApolloServerPluginCacheControlDisabled(),
    ],
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
    introspection: true,
    includeStacktraceInErrorResponses: false,
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
