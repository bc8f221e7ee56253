import type { Direction } from '../../api-client/operations'
import type { DataPoint } from './chart-geometry'

/** How a series has moved from its first value to its latest, and whether that is the way it should. */
export type SeriesTrend = {
  change: 'increasing' | 'decreasing' | 'unchanged'
  since: number
  /**
   * Against the target when there is one, else against the desired direction: reached (the latest
   * value meets the target), towards, away, or null when the series has not moved.
   */
  heading: 'reached' | 'towards' | 'away' | null
}

// A change smaller than this share of the values is no change in words.
const UNCHANGED_WITHIN = 0.005

/** The trend of a series of at least two values; null with fewer. */
export function seriesTrend({
  series,
  direction,
  target,
}: {
  series: DataPoint[]
  direction: Direction
  target: DataPoint | null
}): SeriesTrend | null {
  const first = series[0]
  const last = series.at(-1)
  if (!first || !last || first === last) return null
  const difference = last.value - first.value
  const scale = Math.max(Math.abs(first.value), Math.abs(last.value))
  const change = Math.abs(difference) <= scale * UNCHANGED_WITHIN ? 'unchanged' : difference > 0 ? 'increasing' : 'decreasing'
  const better = (a: number, b: number) => (direction === 'INCREASE' ? a >= b : a <= b)
  const heading =
    target && better(last.value, target.value)
      ? 'reached'
      : change === 'unchanged'
        ? null
        : (change === 'increasing') === (direction === 'INCREASE')
          ? 'towards'
          : 'away'
  return { change, since: first.year, heading }
}
