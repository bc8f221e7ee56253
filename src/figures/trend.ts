import { type DataPoint, type Direction, directionSign, sortByYear } from './measurements'

export type TrendStatus = 'improving' | 'stable' | 'worsening' | 'insufficient_data'

export type Trend = {
  status: TrendStatus
  /** Least-squares slope of value over year, in the indicator's unit per year. */
  slope: number | null
  /** Slope relative to the mean value, signed so that positive means better. */
  relativeSlope: number | null
}

const WINDOW = 5
const MIN_POINTS = 3
const THRESHOLD = 0.01

/** Trend over the last five measurements (at least three needed). */
export function trend(direction: Direction, measurements: DataPoint[]): Trend {
  const window = sortByYear(measurements).slice(-WINDOW)
  const slope = window.length >= MIN_POINTS ? leastSquaresSlope(window) : null
  if (slope === null) return { status: 'insufficient_data', slope: null, relativeSlope: null }

  const d = directionSign(direction)
  const mean = window.reduce((sum, point) => sum + point.value, 0) / window.length
  // A zero mean cannot scale the slope; the raw slope still carries the direction of change.
  const relativeSlope = mean === 0 ? d * slope : (d * slope) / Math.abs(mean)

  const status = relativeSlope > THRESHOLD ? 'improving' : relativeSlope < -THRESHOLD ? 'worsening' : 'stable'
  return { status, slope, relativeSlope }
}

/** Null when all points share one year (no slope can be fitted). */
function leastSquaresSlope(points: DataPoint[]): number | null {
  const meanYear = points.reduce((sum, point) => sum + point.year, 0) / points.length
  const meanValue = points.reduce((sum, point) => sum + point.value, 0) / points.length
  let covariance = 0
  let yearVariance = 0
  for (const point of points) {
    covariance += (point.year - meanYear) * (point.value - meanValue)
    yearVariance += (point.year - meanYear) ** 2
  }
  return yearVariance === 0 ? null : covariance / yearVariance
}
