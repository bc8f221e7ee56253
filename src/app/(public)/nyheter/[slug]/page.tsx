import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PublishedDate } from '../../components/PublishedDate'
import { newsListPath } from '../../paths'
import { ContactCard } from './ContactCard'
import { FollowUpLink } from './FollowUpLink'
import { LinkedGoals } from './LinkedGoals'
import styles from './news-item.module.css'
import { fetchPublicNewsItem } from './news-item-query'

type Props = { params: Promise<{ slug: string }> }

async function loadNewsItem({ params }: Props) {
  const { slug } = await params
  return fetchPublicNewsItem(slug)
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const item = await loadNewsItem(props)
  return { title: item?.title ?? 'Sidan finns inte', description: item?.lead ?? undefined }
}

/** One published news item. */
export default async function NewsItemPage(props: Props) {
  const item = await loadNewsItem(props)
  if (!item) notFound()

  return (
    <article className={styles.article}>
      <h1>{item.title}</h1>
      {item.publishedAt && (
        <p className={styles.date}>
          Publicerad <PublishedDate iso={item.publishedAt} />
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
          Fokusområden:{' '}
          {item.focusAreas.map((area, index) => (
            <span key={area.slug}>
              {index > 0 && ', '}
              <a href={newsListPath({ focusArea: area.slug })}>{area.title}</a>
            </span>
          ))}
        </p>
      )}
      <FollowUpLink programme={item.programme} followUpYear={item.followUpYear} />
      <LinkedGoals goals={item.milestoneGoals} followUpYear={item.followUpYear} />
      {item.contact && <ContactCard contact={item.contact} />}
    </article>
  )
}
