import { formatNumber } from '../format'
import type { Lang } from '../lang'
import type { DataPoint } from './chart-geometry'
import { CHART_TEXTS } from './chart-texts'

/** An indicator's yearly values as a table: beside its chart on paper, or behind a disclosure on the web. */
export function IndicatorValues({
  name,
  unit,
  series,
  className,
  lang = 'sv',
}: {
  name: string
  unit: string
  series: DataPoint[]
  className?: string
  lang?: Lang
}) {
  const texts = CHART_TEXTS[lang]
  if (series.length === 0) return null
  return (
    <table className={className}>
      <caption className="visually-hidden">{texts.tableCaption(name)}</caption>
      <thead>
        <tr>
          <th scope="col">{texts.year}</th>
          <th scope="col">{texts.value(unit)}</th>
        </tr>
      </thead>
      <tbody>
        {series.map(({ year, value }) => (
          <tr key={year}>
            <th scope="row">{year}</th>
            <td>{formatNumber(value, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
