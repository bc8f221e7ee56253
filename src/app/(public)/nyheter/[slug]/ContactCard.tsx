import type { Lang } from '../../lang'
import { NEWS_TEXTS } from '../news-texts'
import styles from './news-item.module.css'
import type { PublicNewsItem } from './news-item-query'

/** Whom to ask about the news item, with links to call or write. */
export function ContactCard({ contact, lang }: { contact: NonNullable<PublicNewsItem['contact']>; lang: Lang }) {
  const texts = NEWS_TEXTS[lang]
  return (
    <section aria-labelledby="kontakt" className={styles.contact}>
      <h2 id="kontakt">{texts.contact}</h2>
      <p>
        {contact.name}
        {contact.role && (
          <>
            <br />
            {contact.role}
          </>
        )}
        {contact.phone && (
          <>
            <br />
            {texts.phone}: <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
          </>
        )}
        {contact.email && (
          <>
            <br />
            {texts.email}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </>
        )}
      </p>
    </section>
  )
}
