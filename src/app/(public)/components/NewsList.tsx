import type { NewsTeaserFragment } from '../../api-client/operations'
import type { Lang } from '../lang'
import { newsItemPath } from '../paths'
import styles from './NewsList.module.css'
import { PublishedDate } from './PublishedDate'

export type NewsListItem = NewsTeaserFragment

/** News items as a list: each title a link at the given heading level, its date and lead. */
export function NewsList({ items, headingLevel, lang = 'sv' }: { items: NewsListItem[]; headingLevel: 2 | 3; lang?: Lang }) {
  const Heading = `h${headingLevel}` as const
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <li key={item.slug} className={styles.item}>
          <Heading className={styles.title}>
            <a href={newsItemPath(item.slug, lang)}>{item.title}</a>
          </Heading>
          {item.publishedAt && (
            <p className={styles.date}>
              <PublishedDate iso={item.publishedAt} lang={lang} />
            </p>
          )}
          {item.lead && <p className={styles.lead}>{item.lead}</p>}
        </li>
      ))}
    </ul>
  )
}
