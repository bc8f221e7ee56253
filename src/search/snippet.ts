import type { SearchDocument } from './search-index'
import { type SearchLocale, termOf, type Word, wordsOf } from './text'

/** A part of a text, by UTF-16 offsets (JavaScript string indices): from start up to, not including, end. */
export type TextRange = { start: number; end: number }

/** A short plain-text extract of a document and where in it the matched words are. */
export type Snippet = { text: string; matches: TextRange[] }

/** How many words a snippet shows, and how many of them come before the first matched word. */
export const SNIPPET_WORDS = 24
const WORDS_BEFORE = 6
const ELLIPSIS = '…'

/**
 * The extract of the first of `texts` (in order of preference) with a word whose term is one of
 * `matchedTerms`, around that word; the start of the first non-empty text when none has one.
 * The matched words are given as ranges, never as markup, so the text needs no escaping.
 */
export function snippetOf(texts: string[], matchedTerms: ReadonlySet<string>, locale: SearchLocale): Snippet {
  const candidates = texts.map((text) => text.normalize('NFC').replace(/\s+/g, ' ').trim()).filter(Boolean)
  for (const text of candidates) {
    const words = wordsOf(text)
    const isMatch = (word: Word) => matchedTerms.has(termOf(word.text, locale))
    const first = words.findIndex(isMatch)
    if (first >= 0) return extract(text, words, Math.max(0, first - WORDS_BEFORE), isMatch)
  }
  const text = candidates[0] ?? ''
  return extract(text, wordsOf(text), 0, () => false)
}

/** The snippet of a document: from its texts, or its title when the matched words are only there. */
export function snippetOfDocument(document: SearchDocument, matchedTerms: ReadonlySet<string>, locale: SearchLocale): Snippet {
  return snippetOf([...document.texts, document.title], matchedTerms, locale)
}

function extract(text: string, words: Word[], from: number, isMatch: (word: Word) => boolean): Snippet {
  if (!words.length) return { text, matches: [] }
  const shown = words.slice(from, from + SNIPPET_WORDS)
  const start = from === 0 ? 0 : shown[0].start
  const last = from + SNIPPET_WORDS >= words.length
  // The punctuation after the last word stays when the text ends there.
  const end = last ? text.length : (shown.at(-1) as Word).end
  const prefix = start > 0 ? ELLIPSIS : ''
  const body = text.slice(start, end)
  const matches = shown
    .filter(isMatch)
    .map((word) => ({ start: prefix.length + word.start - start, end: prefix.length + word.end - start }))
  return { text: `${prefix}${body}${last ? '' : ` ${ELLIPSIS}`}`, matches }
}
