import { type NodeListener, toNodeListener } from '../../graphql/node-http'

/** Where scripts/server.mjs finds the paths it answers itself. */
const DIRECT_ROUTES = Symbol.for('kmpp.direct-routes')

type ProcessGlobals = typeof globalThis & { [DIRECT_ROUTES]?: Map<string, NodeListener> }

/**
 * Has `npm start` (scripts/server.mjs) answer a path beside Next's router, which costs a cold
 * follow-up report about a tenth of its CPU time and adds the admin's Vary headers. Until this has
 * run, and under `next dev` or `next start`, Next's route for the path serves it.
 */
export function serveBesideNext(pathname: string, handler: (request: Request) => Promise<Response>): void {
  const globals = globalThis as ProcessGlobals
  ;(globals[DIRECT_ROUTES] ??= new Map()).set(pathname, toNodeListener(handler))
}
