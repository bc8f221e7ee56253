import type { CollectionSlug, Payload, Where } from 'payload'

import { inLocale, withRowIds } from './localise'

export type EnsureResult = { id: string; created: boolean }

/**
 * Creates the document described by `data` (with `{ sv, en }` texts) unless one matching `where`
 * exists. Existing documents are left as they are, so running the seed again changes nothing.
 */
export async function ensure(
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  data: Record<string, unknown>,
): Promise<EnsureResult> {
  const existing = await payload.find({ collection, where, limit: 1, depth: 0, locale: 'sv', overrideAccess: true, draft: true })
  if (existing.docs[0]) return { id: String(existing.docs[0].id), created: false }

  const sv = inLocale(data, 'sv') as Record<string, unknown>
  const created = await payload.create({ collection, data: sv, locale: 'sv', depth: 0, overrideAccess: true })
  const en = inLocale(data, 'en') as Record<string, unknown>
  if (JSON.stringify(en) !== JSON.stringify(sv)) {
    await payload.update({
      collection,
      id: created.id,
      data: withRowIds(en, created as unknown as Record<string, unknown>),
      locale: 'en',
      depth: 0,
      overrideAccess: true,
    })
  }
  return { id: String(created.id), created: true }
}
