import { formatNumber } from '../format'
import type { Lang } from '../lang'
import { type ChartFrame, seriesGeometry } from './chart-geometry'
import { CHART_TEXTS } from './chart-texts'
import { type DescribedSeries, describeSeries } from './describe-series'
import styles from './SeriesChart.module.css'

const FRAME: ChartFrame = { width: 320, height: 150, margin: { top: 24, right: 14, bottom: 22, left: 48 } }

/**
 * An indicator's yearly values as a small line chart: a few round values labelled on the value
 * axis under its unit, several years on the year axis, and its target as a dashed line with a ring
 * at the target year. Its accessible name says in words what it shows.
 */
export function SeriesChart({ indicator, lang = 'sv' }: { indicator: DescribedSeries; lang?: Lang }) {
  const texts = CHART_TEXTS[lang]
  const { plot, points, path, target, valueTicks, yearTicks } = seriesGeometry(indicator.series, indicator.target, FRAME)
  const description = describeSeries(indicator, lang)
  return (
    <svg className={styles.chart} viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} role="img" aria-label={description}>
      <title>{description}</title>
      {points.length > 0 && (
        <g data-chart-part="axes">
          <text className={styles.axisLabel} x={4} y={10} dominantBaseline="middle">
            {indicator.unit}
          </text>
          {valueTicks.map(({ value, y }) => (
            <g key={value}>
              <line className={styles.grid} x1={plot.left} x2={plot.right} y1={y} y2={y} />
              <text className={styles.axisLabel} x={plot.left - 4} y={y} textAnchor="end" dominantBaseline="middle">
                {formatNumber(value, lang)}
              </text>
            </g>
          ))}
          {yearTicks.map(({ year, x }) => (
            <text
              key={year}
              className={styles.axisLabel}
              x={x}
              y={FRAME.height - 4}
              // Labels at the plot's edges stay inside the frame.
              textAnchor={x <= plot.left ? 'start' : x >= plot.right ? 'end' : 'middle'}
            >
              {year}
            </text>
          ))}
        </g>
      )}
      <line className={styles.axis} x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
      <line className={styles.axis} x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
      {target && (
        <g data-chart-part="target">
          <line className={styles.target} x1={target.x1} x2={target.x2} y1={target.y} y2={target.y} />
          <circle className={styles.targetPoint} cx={target.x} cy={target.y} r={4} />
          <text className={styles.targetLabel} x={target.x1 + 4} y={target.y - 5}>
            {texts.targetMark} {formatNumber(target.value, lang)}
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
