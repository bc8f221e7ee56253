/** Reading the server's HTML in the public pages' tests. */
import { expect } from 'vitest'

export const decode = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')

/** The text of some HTML, tags as spaces (React's comments between adjacent texts dropped), whitespace collapsed. */
export const textOf = (html: string) =>
  decode(html.replace(/<!--.*?-->/g, '').replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim()

/** The HTML from the first `start` to the next `end` after it; fails when `start` is missing. */
export function slice(html: string, start: string, end: string): string {
  const from = html.indexOf(start)
  expect(from, `${start} in the page`).toBeGreaterThan(-1)
  const to = html.indexOf(end, from)
  return html.slice(from, to === -1 ? undefined : to)
}

export const count = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].length
