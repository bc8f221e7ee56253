import type { EmbedTarget } from '@/src/app/embed/embed-paths'
import { embedFrame, iframeCode } from '@/src/app/embed/oembed'
import styles from './EmbedCode.module.css'

const TEXTS = {
  sv: { summary: 'Bädda in', label: 'Kod att klistra in på en webbplats' },
  en: { summary: 'Embed', label: 'Code to paste into a website' },
}

/** "Bädda in": the iframe code of an embed to copy into another site, readable without scripts, in the page's language. */
export function EmbedCode({
  origin,
  target,
  title,
  id,
  language = 'sv',
}: {
  origin: string
  target: EmbedTarget
  title: string
  id: string
  language?: 'sv' | 'en'
}) {
  const texts = TEXTS[language]
  return (
    <details className={styles.embed}>
      <summary>{texts.summary}</summary>
      <label htmlFor={id}>{texts.label}</label>
      <textarea id={id} className={styles.code} readOnly rows={3} value={iframeCode(embedFrame(origin, target, language, title))} />
    </details>
  )
}
