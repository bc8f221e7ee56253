/** How the public pages write numbers and dates: Swedish or English conventions, Swedish time. */
import type { Lang } from './lang'

const LOCALES: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' }
const numberFormats = formats((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }))
const percentFormats = formats((locale) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }))
const dateFormats = formats(
  (locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Stockholm' }),
)

function formats<T>(make: (locale: string) => T): Record<Lang, T> {
  return { sv: make(LOCALES.sv), en: make(LOCALES.en) }
}

/** 1234.5 -> "1 234,5" ("1,234.5" in English) */
export function formatNumber(value: number, lang: Lang = 'sv'): string {
  return numberFormats[lang].format(value)
}

/** 0.625 -> "63 %" ("63%" in English) */
export function formatShare(share: number, lang: Lang = 'sv'): string {
  return percentFormats[lang].format(share)
}

/** "2020-06-15T08:00:00.000Z" -> "15 juni 2020" ("15 June 2020" in English; the day in Sweden). */
export function formatDate(isoDate: string, lang: Lang = 'sv'): string {
  return dateFormats[lang].format(new Date(isoDate))
}
