import config from '@payload-config'
import { getPayload } from 'payload'

import { createGraphQLHandler, type GraphQLHandler } from '../../graphql'

const HANDLER = Symbol.for('kmpp.graphql.handler')

type Holder = { handler?: Promise<GraphQLHandler> }

/**
 * In production, one handler (and so one response cache) per process: Next bundles the route and
 * the instrumentation hook apart, each with its own copy of this module. In development, one per
 * copy of the module, so that an edit to the API reloads it.
 */
const holder: Holder =
  process.env.NODE_ENV === 'production' ? ((globalThis as typeof globalThis & { [HANDLER]?: Holder })[HANDLER] ??= {}) : {}

/** The process's /graphql handler, made once Payload is up. */
export function graphqlHandler(): Promise<GraphQLHandler> {
  holder.handler ??= getPayload({ config }).then(createGraphQLHandler)
  return holder.handler
}
