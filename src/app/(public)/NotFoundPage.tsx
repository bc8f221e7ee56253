import type { Lang } from './lang'
import { homePath, newsListPath } from './paths'

/** An address with no page, said in the language of the part of the site it is in. */
export function NotFoundPage({ lang }: { lang: Lang }) {
  const home = homePath(lang)
  const news = newsListPath({}, lang)
  return lang === 'en' ? (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. Go to the <a href={home}>home page</a> or to the <a href={news}>news</a>.
      </p>
    </>
  ) : (
    <>
      <h1>Sidan finns inte</h1>
      <p>
        Det finns ingen sida på den här adressen. Gå till <a href={home}>startsidan</a> eller till <a href={news}>nyheterna</a>.
      </p>
    </>
  )
}
