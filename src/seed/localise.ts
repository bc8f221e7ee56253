import { richTextFromParagraphs } from '../shared/richtext'
import type { Localised } from './data/types'

export const LOCALES = ['sv', 'en'] as const
export type Locale = (typeof LOCALES)[number]

function isLocalised(value: unknown): value is Localised {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const keys = Object.keys(value)
  return keys.length === 2 && 'sv' in value && 'en' in value
}

/** Replaces every `{ sv, en }` pair inside `value` with its text in `locale`. */
export function inLocale(value: unknown, locale: Locale): unknown {
  if (isLocalised(value)) return value[locale]
  if (Array.isArray(value)) return value.map((item) => inLocale(item, locale))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inLocale(item, locale)]))
  }
  return value
}

/**
 * The second locale of a document must address the array rows the first one created, or Payload
 * would replace them: copy each row's ID from the stored document.
 */
export function withRowIds(data: Record<string, unknown>, stored: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => {
      const rows = stored[key]
      if (!Array.isArray(value) || !Array.isArray(rows)) return [key, value]
      return [key, value.map((row, i) => (row && typeof row === 'object' ? { ...row, id: rows[i]?.id } : row))]
    }),
  )
}

/** Rich text in both locales, from plain paragraphs. */
export const localisedRichText = (paragraphs: { sv: string[]; en: string[] }) => ({
  sv: richTextFromParagraphs(paragraphs.sv),
  en: richTextFromParagraphs(paragraphs.en),
})
