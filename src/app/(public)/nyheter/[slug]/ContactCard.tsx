import styles from './news-item.module.css'
import type { PublicNewsItem } from './news-item-query'

/** Whom to ask about the news item, with links to call or write. */
export function ContactCard({ contact }: { contact: NonNullable<PublicNewsItem['contact']> }) {
  return (
    <section aria-labelledby="kontakt" className={styles.contact}>
      <h2 id="kontakt">Kontakt</h2>
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
            Telefon: <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
          </>
        )}
        {contact.email && (
          <>
            <br />
            E-post: <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </>
        )}
      </p>
    </section>
  )
}
