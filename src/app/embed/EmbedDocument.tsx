import type { ReactNode } from 'react'

import { EMBED_CSS } from './embed-styles'
import type { EmbedLanguage } from './texts'

/** A whole embed page: no scripts, no site header or footer, as tall as its content, and a link to the full page. */
export function EmbedDocument({
  language,
  title,
  link,
  children,
}: {
  language: EmbedLanguage
  title: string
  link?: { href: string; text: string }
  children: ReactNode
}) {
  return (
    <html lang={language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
        <style>{EMBED_CSS}</style>
      </head>
      <body>
        <main>
          {children}
          {link && (
            <p>
              {/* The embedding page is left for the full page, not the frame. */}
              <a href={link.href} target="_top">
                {link.text}
              </a>
            </p>
          )}
        </main>
      </body>
    </html>
  )
}
