import { isDeepStrictEqual } from 'node:util'
import { type Access, APIError, type CollectionConfig, type FieldAccess, type FieldHook, type PayloadRequest, type Where } from 'payload'

import { idOf } from '../src/shared/ids'
import type { Role } from './roles'

type RequestUser = PayloadRequest['user']

export function roleOf(user: RequestUser): Role | undefined {
  return user && 'role' in user ? (user.role as Role) : undefined
}

export function hasRole(user: RequestUser, ...roles: Role[]): boolean {
  const role = roleOf(user)
  return role !== undefined && roles.includes(role)
}

const anyone: Access = () => true

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')

/** The programme and its follow-up: kept by climate strategists. */
export const isStrategist: Access = ({ req }) => hasRole(req.user, 'admin', 'strategist')

/** News, media and contacts: every editorial role. */
export const isEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'strategist', 'communicator')

/** The organisation a reporter reports for, from the session; undefined for every other role. */
export function reporterOrganisation(user: RequestUser): string | undefined {
  if (roleOf(user) !== 'reporter' || !user || !('organisation' in user)) return undefined
  return idOf(user.organisation as Parameters<typeof idOf>[0])
}

const publishedOnly: Where = { _status: { equals: 'published' } }

/** Refuses an endpoint's request unless a strategist or an admin makes it: 401 signed out, 403 for other roles. */
export function requireStrategist(req: PayloadRequest, what: string): void {
  if (!req.user) throw new APIError(`Logga in för att ${what}.`, 401, null, true)
  if (!hasRole(req.user, 'admin', 'strategist')) throw new APIError(`Bara klimatstrateger får ${what}.`, 403, null, true)
}

/** Signed in with any role: reads what an editor reads (drafts too), whatever it may change. */
export const isStaff: Access = ({ req }) => hasRole(req.user, 'admin', 'strategist', 'communicator', 'reporter')

/** Anonymous readers see published documents only; signed-in staff see drafts too. */
const publishedOrStaff: Access = (args) => (isStaff(args) ? true : publishedOnly)

/** Anyone reads the collection; only `keepers` create, update and delete its documents. */
export function publicKeptBy(keepers: Access): NonNullable<CollectionConfig['access']> {
  return { read: anyone, create: keepers, update: keepers, delete: keepers }
}

/** A collection with drafts: anyone reads what is published, staff read drafts too, and only `keepers` write and see versions. */
export function draftsKeptBy(keepers: Access): NonNullable<CollectionConfig['access']> {
  return { read: publishedOrStaff, create: keepers, update: keepers, delete: keepers, readVersions: keepers }
}

/**
 * A collection reported in the yearly round: as draftsKeptBy(keepers), and reporters create and
 * update too. Which documents, and when, `reportedWrites` checks on each save; they never delete.
 */
export function reportedDraftsKeptBy(keepers: Access): NonNullable<CollectionConfig['access']> {
  const keepersOrReporters: Access = (args) => hasRole(args.req.user, 'reporter') || keepers(args)
  return { ...draftsKeptBy(keepers), create: keepersOrReporters, update: keepersOrReporters }
}

/** A user reads and edits their own account; admins every account. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  return req.user ? { id: { equals: req.user.id } } : false
}

/** A field only strategists and admins write, such as the reviewer's comment on a follow-up. */
export const strategistsWrite: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'strategist')

/** Only an admin sets a role, and never their own. */
export const mayChangeRole: FieldAccess = ({ req, id }) =>
  hasRole(req.user, 'admin') && (id === undefined || String(id) !== String(req.user?.id))

/**
 * A field's update access alone makes Payload drop the value and answer 200 as if it were saved.
 * This beforeValidate hook refuses the request instead, with 403 naming the field, when it would
 * change the field; sending the stored value back (as the admin's form does) stays allowed.
 */
export const refuseForbiddenChange: FieldHook = async ({
  field,
  previousValue,
  originalDoc,
  data,
  siblingData,
  req,
  operation,
  overrideAccess,
}) => {
  const access = field.access?.update
  const sent = field.name ? siblingData?.[field.name] : undefined
  if (operation !== 'update' || overrideAccess || !access || sent === undefined || isDeepStrictEqual(sent, previousValue)) return undefined
  const allowed = await access({ id: originalDoc?.id, data, doc: originalDoc, req, siblingData })
  if (!allowed) throw new APIError(`Du får inte ändra fältet ${field.name}.`, 403, undefined, true)
  return undefined
}
