import type { Lang } from '../lang'
import { indicatorExportPath } from '../paths'
import styles from './IndicatorDownloads.module.css'

/** Links to an indicator's series as open data; each link's accessible name says whose values it gives. */
export function IndicatorDownloads({ indicator, lang = 'sv' }: { indicator: { id: string; name: string }; lang?: Lang }) {
  const link = (extension: 'csv' | 'json') => (
    <a href={indicatorExportPath(indicator.id, extension)}>
      {extension.toUpperCase()}
      <span className="visually-hidden">
        {lang === 'en' ? ' with the values of' : ' med värdena för'} {indicator.name}
      </span>
    </a>
  )
  return (
    <p className={styles.downloads}>
      {lang === 'en' ? 'Download the values:' : 'Ladda ner värdena:'} {link('csv')}, {link('json')}
    </p>
  )
}
