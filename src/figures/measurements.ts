export type Direction = 'increase' | 'decrease'

export type DataPoint = { year: number; value: number }

/** +1 when higher values are better, -1 when lower values are better. */
export function directionSign(direction: Direction): 1 | -1 {
  return direction === 'increase' ? 1 : -1
}

export function sortByYear(points: readonly DataPoint[]): DataPoint[] {
  return [...points].sort((a, b) => a.year - b.year)
}

/** The points up to and including `year`, sorted by year ascending. */
export function measurementsUpTo(points: readonly DataPoint[], year: number): DataPoint[] {
  return sortByYear(points.filter((point) => point.year <= year))
}
