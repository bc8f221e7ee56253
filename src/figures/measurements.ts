export type Direction = 'increase' | 'decrease'

export type DataPoint = { year: number; value: number }

/** +1 when higher values are better, -1 when lower values are better. */
export function directionSign(direction: Direction): 1 | -1 {
  return direction === 'increase' ? 1 : -1
}

export function sortByYear<T extends DataPoint>(points: readonly T[]): T[] {
  return [...points].sort((a, b) => a.year - b.year)
}

/** The points up to and including `year`, sorted by year ascending. */
export function measurementsUpTo<T extends DataPoint>(points: readonly T[], year: number): T[] {
  return sortByYear(points.filter((point) => point.year <= year))
}
