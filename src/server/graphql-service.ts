import config from '@payload-config'
import { getPayload } from 'payload'

import { createGraphQLHandler, type GraphQLHandler } from '../../graphql'
import { toNodeListener } from '../../graphql/node-http'

/** Where scripts/server.mjs finds the API's Node listener. */
const LISTENER = Symbol.for('kmpp.graphql.listener')
const HANDLER = Symbol.for('kmpp.graphql.handler')

type Holder = { handler?: Promise<GraphQLHandler> }
type ProcessGlobals = typeof globalThis & { [HANDLER]?: Holder; [LISTENER]?: unknown }

/**
 * In production, one handler (and so one response cache) per process: Next bundles the route and
 * the instrumentation hook apart, each with its own copy of this module. In development, one per
 * copy of the module, so that an edit to the API reloads it.
 */
const holder: Holder =
  process.env.NODE_ENV === 'production' ? ((globalThis as ProcessGlobals)[HANDLER] ??= {}) : {}

/** The process's /graphql handler, made once Payload is up. */
export function graphqlHandler(): Promise<GraphQLHandler> {
  holder.handler ??= getPayload({ config }).then(createGraphQLHandler)
  return holder.handler
}

/**
 * Lets `npm start` (scripts/server.mjs) answer /graphql without Next's router, which costs a cold
 * report about a tenth of its CPU time and adds the admin's Vary headers. Until this has run, and
 * under `next dev` or `next start`, Next's route (src/app/graphql/route.ts) serves the same handler.
 */
export async function publishGraphQLListener(): Promise<void> {
  ;(globalThis as ProcessGlobals)[LISTENER] = toNodeListener(await graphqlHandler())
}
