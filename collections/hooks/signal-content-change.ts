import { randomUUID } from 'node:crypto'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Payload, PayloadRequest } from 'payload'

/**
 * A new content version, so that response caches in every process drop what they hold. With the
 * request of a write, inside the write's own transaction: the new token is committed together with the change.
 */
export async function signalContentChange(payload: Payload, req?: PayloadRequest): Promise<void> {
  await payload.updateGlobal({ slug: 'content-state', data: { version: randomUUID() }, req, overrideAccess: true, depth: 0 })
}

/**
 * In a request's context: its writes are one change, which the writer signals once itself when
 * they are done (a round's publication), so the documents' hooks do not signal each.
 */
export const SIGNALLED_BY_WRITER = 'contentChangeSignalledByWriter'

const signalledByWriter = (req: PayloadRequest) => req.context?.[SIGNALLED_BY_WRITER] === true

const afterChange: CollectionAfterChangeHook = async ({ req, doc }) => {
  if (!signalledByWriter(req)) await signalContentChange(req.payload, req)
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ req }) => {
  if (!signalledByWriter(req)) await signalContentChange(req.payload, req)
}

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
