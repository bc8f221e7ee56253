import type { CollectionAfterChangeHook, CollectionSlug, PayloadRequest } from 'payload'

/** A document, or the data of a save, as hooks and reads give it. */
export type Doc = Record<string, unknown>

/** What a derivation returns to leave the stored value as it is. */
export const unchanged: unique symbol = Symbol('unchanged')

export type Derivation<T> = (input: {
  /** The data saved; when filling or writing directly, the whole document as read with locale 'all'. */
  data: Doc
  /** The stored document before the save; absent when filling or writing directly. */
  originalDoc?: Doc
  /** The locale saved, or 'all' for a document in every locale. */
  locale: string
  req: PayloadRequest
  /** Runs `load` once per key for one document, however many of its fields need it. */
  once: <R>(key: string, load: () => Promise<R>) => Promise<R>
}) => T | typeof unchanged | Promise<T | typeof unchanged>

/**
 * A field whose value follows from others of its document (and, for some, from the documents they
 * link to). Declared once; collections/derived uses the declaration for the save hook, for filling
 * stored documents (fillDerivedFields) and for writing documents straight through the adapter.
 */
export type DerivedField<T = unknown> = {
  collection: CollectionSlug
  name: string
  /** The fields the value is derived from, in the collection's own documents. */
  sources: readonly string[]
  derive: Derivation<T>
  /** After a save, whether the value must be derived again from the stored document, in every locale. */
  rederiveAfter?: (args: Parameters<CollectionAfterChangeHook>[0]) => boolean
}

export const derivedField = <T>(field: DerivedField<T>): DerivedField<T> => field

/** The stable name a derived field is filled by, in migrations too: `indicators.series`. */
export const derivedName = ({ collection, name }: Pick<DerivedField, 'collection' | 'name'>) => `${collection}.${name}`

/**
 * `derive` applied in each locale of `localised` (values by locale, as read with locale 'all'):
 * the result by locale, for every locale any of them has.
 */
export function inEachLocale<T>(localised: Record<string, unknown>, derive: (values: Record<string, unknown>) => T): Record<string, T> {
  const byLocale = (value: unknown) => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {})
  const locales = new Set(Object.values(localised).flatMap((value) => Object.keys(byLocale(value))))
  const inLocale = (locale: string) => Object.fromEntries(Object.entries(localised).map(([name, value]) => [name, byLocale(value)[locale]]))
  return Object.fromEntries([...locales].map((locale) => [locale, derive(inLocale(locale))]))
}
