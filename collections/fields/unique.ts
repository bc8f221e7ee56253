import type { CollectionSlug, PayloadRequest, Where } from 'payload'

/**
 * Whether a document of `collection` other than `id` meets all of `conditions`: a unique index's
 * rule, checked in validation too, so that an editor gets a Swedish message on every database, and
 * so that it holds on MongoDB before its indexes are built.
 */
export async function takenByAnother(
  req: PayloadRequest,
  collection: CollectionSlug,
  conditions: Where[],
  id: string | number | undefined,
): Promise<boolean> {
  const others = id ? [{ id: { not_equals: id } }] : []
  const { totalDocs } = await req.payload.count({ collection, req, where: { and: [...conditions, ...others] } })
  return totalDocs > 0
}
