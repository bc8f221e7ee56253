import { ViewDescription } from '@payloadcms/ui'
import type { CollectionSlug, SanitizedPermissions, StaticDescription } from 'payload'

type Props = { collectionSlug: CollectionSlug; description?: StaticDescription; permissions?: SanitizedPermissions }

/** A collection's description that tells editors how to save, shown only to those who may change its documents. */
export function DescriptionForEditors({ collectionSlug, description, permissions }: Props) {
  if (!permissions?.collections?.[collectionSlug]?.update || !description) return null
  return <ViewDescription collectionSlug={collectionSlug} description={description} />
}
