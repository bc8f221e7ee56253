/** What every read in one part of a query shares: the language and whether drafts are wanted. */
export type Scope = {
  locale: 'sv' | 'en'
  draft: boolean
  /** In a follow-up report: indicators show values up to and including this year only. */
  asOfYear?: number
}

/** A Payload document as the resolvers see it: with the scope it was read in. */
export type Scoped<T> = T & { scope: Scope }

export function scoped<T extends object>(doc: T, scope: Scope): Scoped<T> {
  return { ...doc, scope }
}

/** The documents a DataLoader's loadMany found (it gives null or an Error for the rest), in a scope. */
export function scopedFound<T extends object>(values: Array<T | null | Error>, scope: Scope): Array<Scoped<T>> {
  return values.filter((v): v is T => v !== null && !(v instanceof Error)).map((doc) => scoped(doc, scope))
}
