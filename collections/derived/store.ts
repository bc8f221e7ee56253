import { isDeepStrictEqual } from 'node:util'
import type { Payload, PayloadRequest, TypeWithVersion } from 'payload'

import { type DerivedField, type Doc, unchanged } from './field'

/** A per-document memo for Derivation's `once`. */
export function memo(): <R>(key: string, load: () => Promise<R>) => Promise<R> {
  const loads = new Map<string, Promise<unknown>>()
  return <R>(key: string, load: () => Promise<R>) => {
    if (!loads.has(key)) loads.set(key, load())
    return loads.get(key) as Promise<R>
  }
}

/**
 * `data` with `fields` derived, in order, each from the data with the ones before it: what a save in
 * `locale` stores, or with locale 'all' and no `originalDoc`, a document written whole.
 */
export async function deriveInto(
  fields: readonly DerivedField[],
  data: Doc,
  { originalDoc, locale, req }: { originalDoc?: Doc; locale: string; req: PayloadRequest },
): Promise<Doc> {
  const once = memo()
  let derived = data
  for (const field of fields) {
    const value = await field.derive({ data: derived, originalDoc, locale, req, once })
    if (value !== unchanged) derived = { ...derived, [field.name]: value }
  }
  return derived
}

/** The field's value for a document as read with locale 'all'; `unchanged` when what is stored is it already. */
export async function deriveStored(field: DerivedField, doc: Doc, req: PayloadRequest): Promise<unknown> {
  const value = await field.derive({ data: doc, locale: 'all', req, once: memo() })
  return value === unchanged || isDeepStrictEqual(value ?? null, doc[field.name] ?? null) ? unchanged : value
}

function isLocalised(payload: Payload, field: DerivedField): boolean {
  return payload.collections[field.collection].config.flattenedFields.some(
    ({ name, ...rest }) => name === field.name && 'localized' in rest && rest.localized,
  )
}

/**
 * With a localised value, every localised field of `doc` as stored: the SQL adapters replace a
 * document's localised rows as a whole, so a write of one of them alone would empty the others.
 */
function withLocalised(payload: Payload, field: DerivedField, doc: Doc, data: Doc): Doc {
  if (!isLocalised(payload, field)) return data
  const localised = payload.collections[field.collection].config.flattenedFields.filter((f) => 'localized' in f && f.localized)
  return { ...Object.fromEntries(localised.map(({ name }) => [name, doc[name]])), ...data }
}

/** Stores the value of a document read with locale 'all', keeping its time of update and its other fields. */
export async function writeDerived(payload: Payload, field: DerivedField, doc: Doc, value: unknown, req: PayloadRequest): Promise<void> {
  const data = withLocalised(payload, field, doc, { [field.name]: value, updatedAt: doc.updatedAt })
  await payload.db.updateOne({ collection: field.collection, id: doc.id as string, data, req })
}

/** Stores the value in a version read with locale 'all', keeping the rest of it and its time of update. */
export async function writeDerivedVersion(
  payload: Payload,
  field: DerivedField,
  { id, version, updatedAt }: TypeWithVersion<Doc>,
  value: unknown,
  req: PayloadRequest,
): Promise<void> {
  const versionData = { version: withLocalised(payload, field, version, { [field.name]: value, updatedAt: version.updatedAt }), updatedAt }
  await payload.db.updateVersion({ collection: field.collection, id, versionData: versionData as never, req })
}

/** Derives the field of stored document `id` again, in every locale; returns whether its value changed. */
export async function rederive(payload: Payload, field: DerivedField, id: string | number, req: PayloadRequest): Promise<boolean> {
  const read = { collection: field.collection, id, locale: 'all', depth: 0, overrideAccess: true, req } as const
  const doc = (await payload.findByID(read)) as unknown as Doc
  const value = await deriveStored(field, doc, req)
  if (value === unchanged) return false
  await writeDerived(payload, field, doc, value, req)
  return true
}
