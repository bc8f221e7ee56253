import type { Lang } from '../lang'
import type { DataPoint } from './chart-geometry'
import { CHART_TEXTS, seriesSummary } from './chart-texts'
import type { DescribedSeries } from './describe-series'
import { EmbedCode } from './EmbedCode'
import { IndicatorDownloads } from './IndicatorDownloads'
import styles from './IndicatorFigure.module.css'
import { IndicatorValues } from './IndicatorValues'
import { SeriesChart } from './SeriesChart'
import { seriesTrend } from './series-trend'
import { ValueProvenanceLine } from './ValueProvenanceLine'
import type { SourcedPoint } from './value-provenance'

export type FigureIndicator = DescribedSeries & { id: string; series: Array<DataPoint & SourcedPoint> }

/**
 * An indicator's chart with what lets everyone read it: its first and latest value, target and
 * trend in words, its values as a table (open on paper, behind a disclosure on the web), where the
 * values come from, and links to them as CSV and JSON.
 */
export function IndicatorFigure({
  indicator,
  openTable = false,
  tableClassName,
  lang = 'sv',
  embed,
}: {
  indicator: FigureIndicator
  /** The table shown as it is, as the printed report has it. */
  openTable?: boolean
  tableClassName?: string
  lang?: Lang
  /** The chart's "Bädda in": the origin its code names, and an id for its code field unique on the page. */
  embed?: { origin: string; id: string }
}) {
  const texts = CHART_TEXTS[lang]
  const table = <IndicatorValues {...indicator} className={tableClassName} lang={lang} />
  return (
    <figure className={styles.figure}>
      <figcaption>
        {indicator.name} ({indicator.unit})
      </figcaption>
      <SeriesChart indicator={indicator} lang={lang} />
      <p className={styles.summary} data-chart-part="summary">
        {seriesSummary(indicator, seriesTrend(indicator), texts).join(' ')}
      </p>
      {openTable
        ? table
        : indicator.series.length > 0 && (
            <details className={styles.values}>
              <summary>{texts.showTable}</summary>
              {table}
            </details>
          )}
      <ValueProvenanceLine series={indicator.series} lang={lang} />
      <IndicatorDownloads indicator={indicator} lang={lang} />
      {embed && (
        <EmbedCode
          origin={embed.origin}
          target={{ kind: 'indicator', id: indicator.id }}
          title={`${indicator.name} (${indicator.unit})`}
          id={embed.id}
          lang={lang}
        />
      )}
    </figure>
  )
}
