import type { Payload } from 'payload'

import type { User } from '../src/payload-types'
import { createReads, type ReadSource, type Reads } from '../src/read/data-source'
import type { Scope } from '../src/read/scope'
import type { RequestedFields } from '../src/read/select'
import { forbidden } from './errors'

export type GraphQLContext = {
  payload: Payload
  user: User | null
  /**
   * Once the operation is parsed, and before anything is read: read only what its fields need.
   * (Apollo runs resolvers on a shallow copy of the context, so this state lives in a closure.)
   */
  readOnly: (requested: RequestedFields) => void
  /** The request's reads in one scope (src/read/data-source.ts), made on first use and kept for the rest of the request. */
  reads: (scope: Scope) => ReadSource
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
  let reads: Reads | null = null
  let requested: RequestedFields | null = null
  return {
    payload,
    user,
    readOnly(fields) {
      requested = fields
    },
    reads(scope) {
      reads ??= createReads(payload, user, requested)
      return reads(scope)
    },
  }
}

/** Drafts are for signed-in editors only. */
export function assertMayPreview(context: GraphQLContext, preview: boolean | null | undefined): boolean {
  if (!preview) return false
  if (!context.user) throw forbidden('Preview needs a signed-in editor: send the Payload login cookie or an Authorization: JWT header.')
  return true
}
