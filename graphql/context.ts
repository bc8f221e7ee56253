import type { Payload } from 'payload'

import type { User } from '../src/payload-types'
import { forbidden } from './errors'
import { createLoaders, type Loaders } from './loaders'
import type { Scope } from './scope'
import type { RequestedFields } from './selective-reads'

export type GraphQLContext = {
  payload: Payload
  user: User | null
  /**
   * Once the operation is parsed, and before any loader is made: read only what its fields need.
   * (Apollo runs resolvers on a shallow copy of the context, so this state lives in a closure.)
   */
  readOnly: (requested: RequestedFields) => void
  /** The loaders for one scope, made on first use and kept for the rest of the request. */
  loaders: (scope: Scope) => Loaders
}

/** A request without a Payload login: no `Authorization` header and no login cookie. */
export function isAnonymous(headers: Headers): boolean {
  return !headers.get('authorization') && !headers.get('cookie')?.includes('payload-token')
}

/** The user of a request from its Payload login (cookie or `Authorization: JWT ...`), if any. */
export async function userFromHeaders(payload: Payload, headers: Headers): Promise<User | null> {
  if (isAnonymous(headers)) return null
  const { user } = await payload.auth({ headers })
  return user && user.collection === 'users' ? (user as User) : null
}

export function createContext(payload: Payload, user: User | null): GraphQLContext {
  const byScope = new Map<string, Loaders>()
  let requested: RequestedFields | null = null
  return {
    payload,
    user,
    readOnly(fields) {
      requested = fields
    },
    loaders(scope) {
      const key = `${scope.locale}:${scope.draft}`
      let loaders = byScope.get(key)
      if (!loaders) {
        loaders = createLoaders(payload, user, { locale: scope.locale, draft: scope.draft }, requested)
        byScope.set(key, loaders)
      }
      return loaders
    },
  }
}

/** Drafts are for signed-in editors only. */
export function assertMayPreview(context: GraphQLContext, preview: boolean | null | undefined): boolean {
  if (!preview) return false
  if (!context.user) throw forbidden('Preview needs a signed-in editor: send the Payload login cookie or an Authorization: JWT header.')
  return true
}
