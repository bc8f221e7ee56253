import type { Lang } from '../lang'
import { indicatorExportPath } from '../paths'
import { CHART_TEXTS } from './chart-texts'
import styles from './IndicatorDownloads.module.css'

/** Links to an indicator's series as open data; each link's accessible name says whose values it gives. */
export function IndicatorDownloads({ indicator, lang = 'sv' }: { indicator: { id: string; name: string }; lang?: Lang }) {
  const texts = CHART_TEXTS[lang]
  const link = (extension: 'csv' | 'json') => (
    <a href={indicatorExportPath(indicator.id, extension)}>
      {extension.toUpperCase()}
      <span className="visually-hidden">{texts.downloadOf(indicator.name)}</span>
    </a>
  )
  return (
    <p className={styles.downloads}>
      {texts.download} {link('csv')}, {link('json')}
    </p>
  )
}
