import type { EmbedTarget } from '@/src/app/embed/embed-paths'
import { embedFrame, iframeCode } from '@/src/app/embed/oembed'
import styles from './EmbedCode.module.css'

/** "Bädda in": the iframe code of an embed to copy into another site, readable without scripts. */
export function EmbedCode({ origin, target, title, id }: { origin: string; target: EmbedTarget; title: string; id: string }) {
  return (
    <details className={styles.embed}>
      <summary>Bädda in</summary>
      <label htmlFor={id}>Kod att klistra in på en webbplats</label>
      <textarea id={id} className={styles.code} readOnly rows={3} value={iframeCode(embedFrame(origin, target, 'sv', title))} />
    </details>
  )
}
