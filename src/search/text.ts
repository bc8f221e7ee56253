import { stemmer as englishStemmer } from '@orama/stemmers/english'
import { stemmer as swedishStemmer } from '@orama/stemmers/swedish'

/** The languages the index keeps content in, each stemmed by its own rules. */
export type SearchLocale = 'sv' | 'en'

const STEMMERS: Record<SearchLocale, (word: string) => string> = { sv: swedishStemmer, en: englishStemmer }

/** A run of letters (with their combining marks) and digits: what counts as a word. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu

export type Word = { text: string; start: number; end: number }

/**
 * The words of a text with where they are in it. The text is composed (NFC) first, so "ö" typed as
 * o and a combining diaeresis is one letter, as typed on one key; offsets refer to the composed text.
 */
export function wordsOf(text: string): Word[] {
  return [...text.normalize('NFC').matchAll(WORD)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }))
}

/**
 * The terms of the words met so far, per language: stemming is most of what indexing costs, and
 * texts repeat their words. Emptied when full, so that it stays a few megabytes.
 */
const KNOWN_TERMS_LIMIT = 100_000
const knownTerms: Record<SearchLocale, Map<string, string>> = { sv: new Map(), en: new Map() }

/** What a word is indexed and searched as: composed, lower-cased by the language's rules, stemmed. */
export function termOf(word: string, locale: SearchLocale): string {
  const known = knownTerms[locale]
  let term = known.get(word)
  if (term === undefined) {
    term = STEMMERS[locale](word.normalize('NFC').toLocaleLowerCase(locale))
    if (known.size >= KNOWN_TERMS_LIMIT) known.clear()
    known.set(word, term)
  }
  return term
}

/** The terms of a text, in order. */
export function termsOf(text: string, locale: SearchLocale): string[] {
  return wordsOf(text).map((word) => termOf(word.text, locale))
}
