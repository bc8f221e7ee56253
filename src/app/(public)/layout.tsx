import type { Metadata } from 'next'
import type React from 'react'

import './public.css'

import { ACCESSIBILITY_PATHS } from './paths'
import { MAX_QUERY_LENGTH } from './sok/search-query'

const SITE_NAME = 'KMPP uppföljning'

export const metadata: Metadata = {
  title: { template: `%s – ${SITE_NAME}`, default: SITE_NAME },
  description: 'Uppföljning av Haninge kommuns klimat- och miljöpolitiska program: etappmål, indikatorer och nyheter.',
  // Lets browsers and feed readers find the news feed from any page.
  alternates: { types: { 'application/atom+xml': [{ url: '/nyheter/feed.xml', title: `Nyheter – ${SITE_NAME}` }] } },
}

/** The root layout of the public pages (the admin has its own in the (payload) group). */
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="sv">
      <body>
        <a className="skip-link" href="#innehall">
          Hoppa till innehållet
        </a>
        <header className="site-header">
          <div className="site-width site-header__inner">
            <a className="site-name" href="/">
              {SITE_NAME}
              <span className="site-owner">Haninge kommun</span>
            </a>
            <nav aria-label="Huvudmeny">
              <ul className="site-nav">
                <li>
                  <a href="/">Start</a>
                </li>
                <li>
                  <a href="/nyheter">Nyheter</a>
                </li>
              </ul>
            </nav>
            <search className="site-search">
              <form method="get" action="/sok">
                <label htmlFor="sok-webbplatsen" className="visually-hidden">
                  Sök på webbplatsen
                </label>
                <input id="sok-webbplatsen" type="search" name="q" maxLength={MAX_QUERY_LENGTH} />
                <button type="submit">Sök</button>
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
              Haninge kommun följer varje år upp Klimat- och miljöpolitiskt program (KMPP).{' '}
              <a href="/nyheter/feed.xml">Prenumerera på nyheterna (Atom-flöde)</a>
            </p>
            <p>
              <a href={ACCESSIBILITY_PATHS.sv}>Tillgänglighet</a> ·{' '}
              <a href={ACCESSIBILITY_PATHS.en} hrefLang="en" lang="en">
                Accessibility
              </a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}
