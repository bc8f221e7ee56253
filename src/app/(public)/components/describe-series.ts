import type { Direction } from '../../api-client/operations'
import { formatNumber } from '../format'
import type { DataPoint } from './chart-geometry'

export type DescribedSeries = { name: string; unit: string; direction: Direction; series: DataPoint[]; target: DataPoint | null }

const DIRECTION_TEXT: Record<Direction, string> = { INCREASE: 'Värdet ska öka.', DECREASE: 'Värdet ska minska.' }

const valueInYear = ({ year, value }: DataPoint) => `${formatNumber(value)} år ${year}`

/** What a series chart shows, in words, e.g. for its accessible name. */
export function describeSeries({ name, unit, direction, series, target }: DescribedSeries): string {
  const first = series[0]
  const last = series.at(-1)
  const values =
    !first || !last
      ? 'inga värden ännu.'
      : first === last
        ? `${valueInYear(first)}.`
        : `från ${valueInYear(first)} till ${valueInYear(last)}.`
  const targetText = target ? ` Målvärde ${valueInYear(target)}.` : ' Inget målvärde.'
  return `${name} (${unit}): ${values}${targetText} ${DIRECTION_TEXT[direction]}`
}
