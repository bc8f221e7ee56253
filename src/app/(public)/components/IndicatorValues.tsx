import { formatNumber } from '../format'
import type { DataPoint } from './chart-geometry'

/** An indicator's yearly values as a table, beside its chart where the values must be readable on paper. */
export function IndicatorValues({
  name,
  unit,
  series,
  className,
}: {
  name: string
  unit: string
  series: DataPoint[]
  className?: string
}) {
  if (series.length === 0) return null
  return (
    <table className={className}>
      <caption className="visually-hidden">Värden: {name}</caption>
      <thead>
        <tr>
          <th scope="col">År</th>
          <th scope="col">Värde ({unit})</th>
        </tr>
      </thead>
      <tbody>
        {series.map(({ year, value }) => (
          <tr key={year}>
            <th scope="row">{year}</th>
            <td>{formatNumber(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
