import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { type DerivedField, unchanged } from './field'
import { memo, rederive } from './store'

/** Derives `fields` on every save, in the locale saved, in the order given; a client's value for them is overwritten. */
function deriveOnSave(fields: readonly DerivedField[]): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, req }) => {
    const once = memo()
    let derived = data
    for (const field of fields) {
      const value = await field.derive({ data: derived, originalDoc, locale: req.locale ?? 'sv', req, once })
      if (value !== unchanged) derived = { ...derived, [field.name]: value }
    }
    return derived
  }
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

/** `collection` with the save hooks of its derived fields, after its own hooks. */
export function withDerivedFields(collection: CollectionConfig, fields: readonly DerivedField[]): CollectionConfig {
  const own = fields.filter((field) => field.collection === collection.slug)
  if (own.length !== fields.length) throw new Error(`Derived fields of another collection than ${collection.slug}.`)
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
