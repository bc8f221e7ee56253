import { type CollectionSlug, type PayloadRequest, type RelationshipFieldSingleValidation, validations } from 'payload'

import { idOf, idsOf } from '../src/shared/ids'

type Ref = Parameters<typeof idOf>[0]

/** The programme a focus area belongs to. */
export async function programmeOf(req: PayloadRequest, focusArea: Ref): Promise<string | undefined> {
  const id = idOf(focusArea)
  if (!id) return undefined
  const doc = await req.payload.findByID({ collection: 'focus-areas', id, depth: 0, req, disableErrors: true })
  return idOf(doc?.programme)
}

/** What a news item is about: focus areas and milestone goals, of one programme. */
export type NewsLinks = { focusAreas?: Ref[] | null; milestoneGoals?: Ref[] | null }

/** The programmes of the focus areas and milestone goals a news item is linked to. */
export async function programmesOfLinks(req: PayloadRequest, links: NewsLinks): Promise<Set<string>> {
  const linked = [
    ['focus-areas', idsOf(links.focusAreas)],
    ['milestone-goals', idsOf(links.milestoneGoals)],
  ] as const
  const programmes = await Promise.all(
    linked
      .filter(([, ids]) => ids.length)
      .map(async ([collection, ids]) => {
        const { docs } = await req.payload.find({
          collection,
          where: { id: { in: ids } },
          select: { programme: true },
          depth: 0,
          pagination: false,
          req,
        })
        return docs.flatMap((doc) => idOf(doc.programme) ?? [])
      }),
  )
  return new Set(programmes.flat())
}

/**
 * Whether a document of `collection` links to `id` through `field`. Such documents took their
 * programme from it when they were saved, and would keep it if it moved to another programme.
 */
export async function isLinkedFrom(req: PayloadRequest, collection: CollectionSlug, field: string, id: string | number): Promise<boolean> {
  const { totalDocs } = await req.payload.count({ collection, where: { [field]: { in: [id] } }, req })
  return totalDocs > 0
}

type Move = { id: string | number; req: PayloadRequest; from: Ref; to: Ref }

/**
 * Payload's own check of a single relationship to one collection, then `check` when an update
 * points it at another document: for documents that others took their programme from.
 */
export function validateMove(check: (move: Move) => Promise<string | true>): RelationshipFieldSingleValidation {
  return async (value, options) => {
    const valid = await validations.relationship(value, options)
    const { id, operation, previousValue, req } = options
    // Related to one collection, so the value is an ID or a document, never { relationTo, value }.
    const [to, from] = [value as Ref, previousValue as Ref]
    if (valid !== true || operation !== 'update' || id === undefined || idOf(to) === idOf(from)) return valid
    return check({ id, req, from, to })
  }
}
