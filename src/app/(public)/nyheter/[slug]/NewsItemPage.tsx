import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { LanguageSwitch } from '../../components/LanguageSwitch'
import { PublishedDate } from '../../components/PublishedDate'
import type { Lang } from '../../lang'
import { type LanguagePaths, languageAlternates } from '../../languages'
import { newsItemPath, newsListPath } from '../../paths'
import { SITE_TEXTS } from '../../site-texts'
import { NEWS_TEXTS } from '../news-texts'
import { ContactCard } from './ContactCard'
import { FollowUpLink } from './FollowUpLink'
import { LinkedGoals } from './LinkedGoals'
import styles from './news-item.module.css'
import { fetchPublicNewsItem } from './news-item-query'

export type NewsItemPageProps = { params: Promise<{ slug: string }> }

async function loadNewsItem({ params }: NewsItemPageProps, lang: Lang) {
  const { slug } = await params
  return fetchPublicNewsItem(slug, lang)
}

const newsItemPaths = (slug: string): LanguagePaths => ({ sv: newsItemPath(slug, 'sv'), en: newsItemPath(slug, 'en') })

export async function newsItemMetadata(props: NewsItemPageProps, lang: Lang): Promise<Metadata> {
  const item = await loadNewsItem(props, lang)
  if (!item) return { title: SITE_TEXTS[lang].notFoundTitle }
  return { title: item.title, description: item.lead ?? undefined, alternates: await languageAlternates(newsItemPaths(item.slug), lang) }
}

/** One published news item, in English where it has an English text (the API falls back to Swedish). */
export async function NewsItemPage({ lang, ...props }: NewsItemPageProps & { lang: Lang }) {
  const item = await loadNewsItem(props, lang)
  if (!item) notFound()
  const texts = NEWS_TEXTS[lang]

  return (
    <>
      <LanguageSwitch lang={lang} paths={newsItemPaths(item.slug)} />
      <article className={styles.article}>
        <h1>{item.title}</h1>
        {item.publishedAt && (
          <p className={styles.date}>
            {texts.published} <PublishedDate iso={item.publishedAt} lang={lang} />
          </p>
        )}
        {item.lead && <p className={styles.lead}>{item.lead}</p>}
        {item.heroImage && (
          // A plain img: the API serves the image in its stored sizes, and the page needs no image optimiser.
          <img
            className={styles.hero}
            src={item.heroImage.url}
            alt={item.heroImage.alt}
            width={item.heroImage.width ?? undefined}
            height={item.heroImage.height ?? undefined}
          />
        )}
        {item.body && (
          // Sanitised HTML from the API.
          <div className={styles.body} dangerouslySetInnerHTML={{ __html: item.body }} />
        )}
        {item.focusAreas.length > 0 && (
          <p>
            {texts.focusAreas}{' '}
            {item.focusAreas.map((area, index) => (
              <span key={area.slug}>
                {index > 0 && ', '}
                <a href={newsListPath({ focusArea: area.slug }, lang)}>{area.title}</a>
              </span>
            ))}
          </p>
        )}
        <FollowUpLink programme={item.programme} followUpYear={item.followUpYear} lang={lang} />
        <LinkedGoals goals={item.milestoneGoals} followUpYear={item.followUpYear} lang={lang} />
        {item.contact && <ContactCard contact={item.contact} lang={lang} />}
      </article>
    </>
  )
}
