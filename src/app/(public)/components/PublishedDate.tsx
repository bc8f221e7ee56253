import { formatDate } from '../format'
import type { Lang } from '../lang'

/** A publication date in the page's language, machine-readable too. */
export function PublishedDate({ iso, lang = 'sv' }: { iso: string; lang?: Lang }) {
  return <time dateTime={iso}>{formatDate(iso, lang)}</time>
}
