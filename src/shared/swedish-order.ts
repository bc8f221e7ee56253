/**
 * Swedish order, the same on every database: å, ä and ö after z, case second, numbers by value
 * (1.2 before 1.10). The databases sort text by bytes or by their own collations (Zon < avfall <
 * Äldre < Åker), so lists are put in order here, after reading them whole.
 */
const swedish = new Intl.Collator('sv', { numeric: true })

/** A comparator for `sort` by the text `key` gives, in Swedish order. */
export function inSwedishOrder<T>(key: (item: T) => string | null | undefined): (a: T, b: T) => number {
  return (a, b) => swedish.compare(key(a) ?? '', key(b) ?? '')
}
