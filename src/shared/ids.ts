type Ref = string | number | { id: string | number } | null | undefined

/** The ID of a relationship value, whether it came populated or not. */
export function idOf(ref: Ref): string | undefined {
  if (ref === null || ref === undefined) return undefined
  return String(typeof ref === 'object' ? ref.id : ref)
}

/** The IDs of a many-valued relationship, skipping empty values. */
export function idsOf(refs: Ref[] | null | undefined): string[] {
  return (refs ?? []).flatMap((ref) => idOf(ref) ?? [])
}
