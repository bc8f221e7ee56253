import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import type { DerivedField } from './field'
import { derivedFieldsOf } from './index'
import { deriveInto, rederive } from './store'

/** Derives `fields` on every save, in the locale saved; what a client sends for one is overwritten when it is derived. */
function deriveOnSave(fields: readonly DerivedField[]): CollectionBeforeChangeHook {
  return ({ data, originalDoc, req }) => deriveInto(fields, data, { originalDoc, locale: req.locale ?? 'sv', req })
}

/** Derives again, from the stored document in every locale, the fields whose `rederiveAfter` asks for it. */
function rederiveAfterChange(fields: readonly DerivedField[]): CollectionAfterChangeHook {
  return async (args) => {
    for (const field of fields) {
      if (field.rederiveAfter?.(args)) await rederive(args.req.payload, field, args.doc.id, args.req)
    }
    return args.doc
  }
}

/** `collection` with the save hooks of its derived fields (collections/derived/index.ts), after its own hooks. */
export function withDerivedFields(collection: CollectionConfig): CollectionConfig {
  const own = derivedFieldsOf(collection.slug)
  const rederived = own.filter((field) => field.rederiveAfter)
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeChange: [...(collection.hooks?.beforeChange ?? []), deriveOnSave(own)],
      afterChange: [...(collection.hooks?.afterChange ?? []), ...(rederived.length ? [rederiveAfterChange(rederived)] : [])],
    },
  }
}
