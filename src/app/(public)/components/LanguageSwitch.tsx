import { type Lang, otherLang } from '../lang'
import type { LanguagePaths } from '../languages'
import { SITE_TEXTS } from '../site-texts'

/** A link to the same page in the other language, named in that language. */
export function LanguageSwitch({ lang, paths }: { lang: Lang; paths: LanguagePaths }) {
  const other = otherLang(lang)
  return (
    <p className="language-switch">
      <a href={paths[other]} hrefLang={other} lang={other}>
        {SITE_TEXTS[other].switchLabel}
      </a>
    </p>
  )
}
