import type { CollectionSlug, Payload } from 'payload'

import { fillDerivedFields } from '@/collections/derived/fill'

/**
 * Empties a field hooks derive, in a document and in all its versions, keeping their times of
 * update: the database as it was before the field existed. Returns the versions.
 */
export async function asBeforeField(payload: Payload, collection: CollectionSlug, id: string, field: string) {
  const { updatedAt } = (await payload.findByID({ collection, id, depth: 0, overrideAccess: true })) as { updatedAt: string }
  await payload.db.updateOne({ collection, id, data: { [field]: null, updatedAt } })
  const { docs: versions } = await payload.findVersions({ collection, where: { parent: { equals: id } }, pagination: false, depth: 0 })
  for (const version of versions as Array<{ id: string; version: { updatedAt: string }; updatedAt: string }>) {
    const versionData = { version: { [field]: null, updatedAt: version.version.updatedAt }, updatedAt: version.updatedAt }
    await payload.db.updateVersion({ collection, id: version.id, versionData: versionData as never })
  }
  return versions
}

/** fillDerivedFields for one field's missing values: how many documents it gave a value. */
export async function fillMissing(payload: Payload, name: string): Promise<number> {
  return (await fillDerivedFields(payload, { names: [name], onlyMissing: true }))[name].documents
}
