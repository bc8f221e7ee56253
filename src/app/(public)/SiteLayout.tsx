import type { Metadata } from 'next'
import type React from 'react'

import './public.css'

import { type Lang, otherLang } from './lang'
import { ACCESSIBILITY_PATHS, homePath, NEWS_FEED_PATH, newsListPath, searchFormPath } from './paths'
import { SITE_TEXTS } from './site-texts'
import { MAX_QUERY_LENGTH } from './sok/search-query'

/** The title template, description and news feed of every page in one language. */
export function siteMetadata(lang: Lang): Metadata {
  const texts = SITE_TEXTS[lang]
  return {
    title: { template: `%s – ${texts.siteName}`, default: texts.siteName },
    description: texts.description,
    // Lets browsers and feed readers find the news feed from any page.
    alternates: { types: { 'application/atom+xml': [{ url: NEWS_FEED_PATH, title: `${texts.feedTitle} – ${texts.siteName}` }] } },
  }
}

/** The public pages' document in one language: header with menu and search box, the page, and the footer. */
export function SiteLayout({ lang, children }: { lang: Lang; children: React.ReactNode }) {
  const texts = SITE_TEXTS[lang]
  const other = otherLang(lang)
  return (
    <html lang={lang}>
      <body>
        <a className="skip-link" href="#innehall">
          {texts.skipLink}
        </a>
        <header className="site-header">
          <div className="site-width site-header__inner">
            <a className="site-name" href={homePath(lang)}>
              {texts.siteName}
              <span className="site-owner">{texts.owner}</span>
            </a>
            <nav aria-label={texts.menu}>
              <ul className="site-nav">
                <li>
                  <a href={homePath(lang)}>{texts.home}</a>
                </li>
                <li>
                  <a href={newsListPath({}, lang)}>{texts.news}</a>
                </li>
              </ul>
            </nav>
            <search className="site-search">
              <form method="get" action={searchFormPath(lang)}>
                <label htmlFor="sok-webbplatsen" className="visually-hidden">
                  {texts.searchLabel}
                </label>
                <input id="sok-webbplatsen" type="search" name="q" maxLength={MAX_QUERY_LENGTH} />
                <button type="submit">{texts.searchButton}</button>
              </form>
            </search>
          </div>
        </header>
        <main id="innehall" className="site-width" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="site-width">
            <p>
              {texts.about} <a href={NEWS_FEED_PATH}>{texts.feed}</a>
            </p>
            <p>
              <a href={ACCESSIBILITY_PATHS[lang]}>{texts.accessibility}</a> ·{' '}
              <a href={ACCESSIBILITY_PATHS[other]} hrefLang={other} lang={other}>
                {SITE_TEXTS[other].accessibility}
              </a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}
