import type { Metadata } from 'next'
import { headers } from 'next/headers'

import type { Lang } from './lang'
import { NEWS_FEED_PATH } from './paths'
import { originOf } from './request-origin'
import { SITE_TEXTS } from './site-texts'

/** A page's address in each language. */
export type LanguagePaths = Record<Lang, string>

/**
 * The page's alternates: its counterpart in each language as absolute addresses for hreflang
 * (Swedish is the default), and the news feed, which a page's alternates would otherwise replace.
 */
export async function languageAlternates(paths: LanguagePaths, lang: Lang): Promise<NonNullable<Metadata['alternates']>> {
  const origin = originOf(await headers())
  const url = (path: string) => new URL(path, origin).href
  return {
    languages: { sv: url(paths.sv), en: url(paths.en), 'x-default': url(paths.sv) },
    types: { 'application/atom+xml': [{ url: NEWS_FEED_PATH, title: `${SITE_TEXTS[lang].feedTitle} – ${SITE_TEXTS[lang].siteName}` }] },
  }
}

/** A page's title and hreflang alternates. */
export async function pageMetadata(title: string, paths: LanguagePaths, lang: Lang): Promise<Metadata> {
  return { title, alternates: await languageAlternates(paths, lang) }
}
