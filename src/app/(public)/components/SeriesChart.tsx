import { formatNumber } from '../format'
import type { Lang } from '../lang'
import { type ChartFrame, seriesGeometry } from './chart-geometry'
import { type DescribedSeries, describeSeries } from './describe-series'
import styles from './SeriesChart.module.css'

const FRAME: ChartFrame = { width: 320, height: 140, margin: { top: 14, right: 14, bottom: 22, left: 48 } }

/**
 * An indicator's yearly values as a small line chart, its target as a dashed line with a ring at
 * the target year. Its accessible name says in words what it shows.
 */
export function SeriesChart({ indicator, lang = 'sv' }: { indicator: DescribedSeries; lang?: Lang }) {
  const { plot, years, values, points, path, target } = seriesGeometry(indicator.series, indicator.target, FRAME)
  const description = describeSeries(indicator, lang)
  return (
    <svg className={styles.chart} viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} role="img" aria-label={description}>
      <title>{description}</title>
      <line className={styles.axis} x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
      <line className={styles.axis} x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
      {points.length > 0 && (
        <>
          <text className={styles.axisLabel} x={plot.left - 4} y={plot.top} textAnchor="end" dominantBaseline="middle">
            {formatNumber(values.high, lang)}
          </text>
          <text className={styles.axisLabel} x={plot.left - 4} y={plot.bottom} textAnchor="end" dominantBaseline="middle">
            {formatNumber(values.low, lang)}
          </text>
          <text className={styles.axisLabel} x={plot.left} y={FRAME.height - 4} textAnchor="start">
            {years.first}
          </text>
          <text className={styles.axisLabel} x={plot.right} y={FRAME.height - 4} textAnchor="end">
            {years.last}
          </text>
        </>
      )}
      {target && (
        <g data-chart-part="target">
          <line className={styles.target} x1={target.x1} x2={target.x2} y1={target.y} y2={target.y} />
          <circle className={styles.targetPoint} cx={target.x} cy={target.y} r={4} />
          <text className={styles.targetLabel} x={target.x1 + 4} y={target.y - 5}>
            {lang === 'en' ? 'Target' : 'Mål'} {formatNumber(target.value, lang)}
          </text>
        </g>
      )}
      <path className={styles.line} d={path} data-chart-part="series" />
      {points.map((point) => (
        <circle key={point.year} className={styles.point} cx={point.x} cy={point.y} r={2.5} />
      ))}
    </svg>
  )
}
