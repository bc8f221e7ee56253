import { randomUUID } from 'node:crypto'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, PayloadRequest } from 'payload'

async function signal(req: PayloadRequest): Promise<void> {
  // Inside the write's own transaction: the new token is committed together with the change.
  await req.payload.updateGlobal({ slug: 'content-state', data: { version: randomUUID() }, req, overrideAccess: true, depth: 0 })
}

const afterChange: CollectionAfterChangeHook = async ({ req, doc }) => {
  await signal(req)
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ req }) => signal(req)

/** Marks every create, update, publish, unpublish and delete in the collection as a content change. */
export function signalsContentChange(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
    },
  }
}
