import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { idOf, idsOf } from '../src/shared/ids'
import { hasRole, reporterOrganisation } from './access'

type Ref = Parameters<typeof idOf>[0]

/** A refusal of a reporter's or reviewer's save, answered with `status` and the Swedish `message`. */
export function refused(status: 400 | 403, message: string) {
  return new APIError(message, status, undefined, true)
}

/** The organisation of the reporter saving, or undefined when the user is not a reporter. */
export function reportingOrganisation(req: PayloadRequest): string | undefined {
  if (!hasRole(req.user, 'reporter')) return undefined
  const organisation = reporterOrganisation(req.user)
  if (!organisation) throw refused(403, 'Ditt konto har ingen organisation att rapportera för.')
  return organisation
}

/**
 * A reporter never publishes: a save that asks for it is refused, and a save of a document whose
 * published version readers see is kept as a draft beside it, for the strategists to publish with the year.
 */
export const keepReportersDraft: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (!hasRole(req.user, 'reporter') || (operation !== 'create' && operation !== 'update')) return args
  if ((args.data as { _status?: string } | undefined)?._status === 'published') {
    throw refused(403, 'Rapportörer publicerar inte. Klimatstrategerna publicerar hela året när omgången är klar.')
  }
  if (operation === 'create' || args.draft) return args
  const id = (args as { id?: string | number }).id
  if (id === undefined) return { ...args, draft: true }
  const stored = await req.payload.findByID({ collection: collection.slug, id, depth: 0, req, overrideAccess: true, disableErrors: true })
  return (stored as { _status?: string } | null)?._status === 'published' ? { ...args, draft: true } : args
}

export type GoalResponsibility = { programme?: string; responsible: string[] }

/** The programme and the responsible organisations of each of `goals`. */
export async function goalsResponsibility(req: PayloadRequest, goals: Ref[]): Promise<GoalResponsibility[]> {
  const ids = [...new Set(goals.flatMap((goal) => idOf(goal) ?? []))]
  if (!ids.length) return []
  const { docs } = await req.payload.find({
    collection: 'milestone-goals',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
    select: { programme: true, responsible: true },
  })
  return docs.map((goal) => ({ programme: idOf(goal.programme), responsible: idsOf(goal.responsible) }))
}

/** The years whose round is open, in any of `programmes`. */
export async function openRoundYears(req: PayloadRequest, programmes: Array<string | undefined>): Promise<Set<number>> {
  const ids = [...new Set(programmes.filter((id): id is string => Boolean(id)))]
  if (!ids.length) return new Set()
  const { docs } = await req.payload.find({
    collection: 'follow-up-rounds',
    where: { and: [{ programme: { in: ids } }, { state: { equals: 'open' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { year: true },
  })
  return new Set(docs.map((round) => round.year))
}
