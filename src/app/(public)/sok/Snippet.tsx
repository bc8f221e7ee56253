import type { SearchHit } from './search-query'

/** A snippet's text with its matched words marked; React escapes the text, which the API gives plain. */
export function Snippet({ snippet }: { snippet: SearchHit['snippet'] }) {
  const parts: React.ReactNode[] = []
  let at = 0
  for (const { start, end } of snippet.matches) {
    if (start < at || end > snippet.text.length) continue
    parts.push(snippet.text.slice(at, start), <mark key={start}>{snippet.text.slice(start, end)}</mark>)
    at = end
  }
  parts.push(snippet.text.slice(at))
  return <p>{parts}</p>
}
