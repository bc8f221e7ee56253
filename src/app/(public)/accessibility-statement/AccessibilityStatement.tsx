import type { Metadata } from 'next'

import { pageMetadata } from '../languages'
import { ACCESSIBILITY_PATHS } from '../paths'
import type { AccessibilityConfig } from './config'
import { DIGG_COMPLAINT_URL, type StatementTexts } from './texts'

/** The statement's title, and its address in each language for hreflang alternates. */
export async function statementMetadata(texts: StatementTexts): Promise<Metadata> {
  const metadata = await pageMetadata(texts.title, ACCESSIBILITY_PATHS, texts.lang)
  return { ...metadata, alternates: { ...metadata.alternates, canonical: ACCESSIBILITY_PATHS[texts.lang] } }
}

function ContactDetails({ config, texts }: { config: AccessibilityConfig; texts: StatementTexts }) {
  return (
    <ul>
      <li>
        {texts.contact.email}: <a href={`mailto:${config.contactEmail}`}>{config.contactEmail}</a>
      </li>
      {config.contactPhone && (
        <li>
          {texts.contact.phone}: <a href={`tel:${config.contactPhone.replace(/[^+\d]/g, '')}`}>{config.contactPhone}</a>
        </li>
      )}
    </ul>
  )
}

/** The accessibility statement (tillgänglighetsredogörelse) in one language, in the order of DIGG's model. */
export function AccessibilityStatement({ config, texts }: { config: AccessibilityConfig; texts: StatementTexts }) {
  const other = texts.otherLanguage
  return (
    <article lang={texts.lang}>
      <h1>{texts.title}</h1>
      <p>
        <a href={ACCESSIBILITY_PATHS[other.lang]} hrefLang={other.lang} lang={other.lang}>
          {other.label}
        </a>
      </p>
      <p>{texts.intro}</p>

      <h2>{texts.compliance.heading}</h2>
      <p>{texts.compliance.text}</p>

      <h3>{texts.shortcomings.heading}</h3>
      <ul>
        {texts.shortcomings.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <h2>{texts.accessibleForm.heading}</h2>
      <p>{texts.accessibleForm.text}</p>
      <ContactDetails config={config} texts={texts} />

      <h2>{texts.report.heading}</h2>
      <p>{texts.report.text}</p>
      <ContactDetails config={config} texts={texts} />

      <h2>{texts.enforcement.heading}</h2>
      <p>
        {texts.enforcement.text} <a href={DIGG_COMPLAINT_URL}>{texts.enforcement.link}</a>
      </p>

      <h2>{texts.testing.heading}</h2>
      <p>{texts.testing.text}</p>
      <p>{config.reviewedOn ? texts.testing.reviewedOn(config.reviewedOn) : texts.testing.notReviewed}</p>

      <h2>{texts.updated.heading}</h2>
      <p>{config.updatedOn ? texts.updated.updatedOn(config.updatedOn) : texts.updated.notUpdated}</p>
    </article>
  )
}
