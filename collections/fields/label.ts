/** An admin label in Swedish (the default) and English. */
export function label(sv: string, en: string): Record<'sv' | 'en', string> {
  return { sv, en }
}
