import type { EmbedTarget } from '@/src/app/embed/embed-paths'
import { embedFrame, iframeCode } from '@/src/app/embed/oembed'
import type { Lang } from '../lang'
import styles from './EmbedCode.module.css'

const TEXTS = {
  sv: { summary: 'Bädda in', label: 'Kod att klistra in på en webbplats' },
  en: { summary: 'Embed', label: 'Code to paste into a website' },
} satisfies Record<Lang, Record<string, string>>

/** "Bädda in": the iframe code of an embed, in the page's language, to copy into another site, readable without scripts. */
export function EmbedCode({
  origin,
  target,
  title,
  id,
  lang = 'sv',
}: {
  origin: string
  target: EmbedTarget
  title: string
  id: string
  lang?: Lang
}) {
  return (
    <details className={styles.embed}>
      <summary>
        {TEXTS[lang].summary}
        <span className="visually-hidden">: {title}</span>
      </summary>
      <label htmlFor={id}>{TEXTS[lang].label}</label>
      <textarea id={id} className={styles.code} readOnly rows={3} value={iframeCode(embedFrame(origin, target, lang, title))} />
    </details>
  )
}
