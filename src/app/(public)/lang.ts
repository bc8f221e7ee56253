import type { Locale } from '../api-client/operations'

/** The languages the public site is written in: Swedish, and English under /en. */
export type Lang = 'sv' | 'en'

export const LANGS: readonly Lang[] = ['sv', 'en']

export const otherLang = (lang: Lang): Lang => (lang === 'sv' ? 'en' : 'sv')

/** The API's name of a language, for the locale argument of its queries. */
export const apiLocale = (lang: Lang): Locale => (lang === 'en' ? 'EN' : 'SV')
