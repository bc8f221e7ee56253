import { formatNumber } from '../format'
import type { Lang } from '../lang'
import type { DataPoint } from './chart-geometry'

/** An indicator's yearly values as a table, beside its chart where the values must be readable on paper. */
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
  const texts = lang === 'en' ? { values: 'Values', year: 'Year', value: 'Value' } : { values: 'Värden', year: 'År', value: 'Värde' }
  if (series.length === 0) return null
  return (
    <table className={className}>
      <caption className="visually-hidden">
        {texts.values}: {name}
      </caption>
      <thead>
        <tr>
          <th scope="col">{texts.year}</th>
          <th scope="col">
            {texts.value} ({unit})
          </th>
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
