import { formatDate } from '../format'

/** A publication date in Swedish, machine-readable too. */
export function PublishedDate({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDate(iso)}</time>
}
