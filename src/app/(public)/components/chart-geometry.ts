import { valueTicks, yearTicks } from './chart-ticks'

/** The geometry of a small line chart of yearly values with a target line, in SVG user units. */
export type DataPoint = { year: number; value: number }

export type ChartFrame = {
  width: number
  height: number
  /** Room around the plot for the axis labels. */
  margin: { top: number; right: number; bottom: number; left: number }
}

export type PlottedPoint = DataPoint & { x: number; y: number }

export type SeriesGeometry = {
  /** The plot area inside the margins. */
  plot: { left: number; right: number; top: number; bottom: number }
  /** The first and last year on the x axis, and the lowest and highest value on the y axis. */
  years: { first: number; last: number }
  values: { low: number; high: number }
  points: PlottedPoint[]
  /** An SVG path through the points, oldest first; empty without points. */
  path: string
  /** The values and years to label on the axes, with their places. */
  valueTicks: Array<{ value: number; y: number }>
  yearTicks: Array<{ year: number; x: number }>
  /** The target value as a line across the plot, and the target year's place on it; null without a target. */
  target: (PlottedPoint & { x1: number; x2: number }) | null
}

const round = (value: number) => Math.round(value * 100) / 100

/** The extent of the numbers, widened around a single number so that it lands in the middle. */
function extent(numbers: number[], widenBy: (value: number) => number): { low: number; high: number } {
  const low = Math.min(...numbers)
  const high = Math.max(...numbers)
  if (low !== high) return { low, high }
  const half = widenBy(low)
  return { low: low - half, high: high + half }
}

/**
 * Places the series and the target in the frame: years from the first value to the later of the
 * last value and the target year, values from the lowest to the highest of the values and the target.
 */
export function seriesGeometry(series: DataPoint[], target: DataPoint | null, frame: ChartFrame): SeriesGeometry {
  const plotted = target ? [...series, target] : series
  const plot = {
    left: frame.margin.left,
    right: frame.width - frame.margin.right,
    top: frame.margin.top,
    bottom: frame.height - frame.margin.bottom,
  }
  if (plotted.length === 0) {
    return {
      plot,
      years: { first: 0, last: 0 },
      values: { low: 0, high: 0 },
      points: [],
      path: '',
      valueTicks: [],
      yearTicks: [],
      target: null,
    }
  }
  const years = extent(
    plotted.map((point) => point.year),
    () => 1,
  )
  const values = extent(
    plotted.map((point) => point.value),
    (value) => Math.abs(value) / 10 || 1,
  )
  const place = (point: DataPoint): PlottedPoint => ({
    ...point,
    x: round(plot.left + ((point.year - years.low) / (years.high - years.low)) * (plot.right - plot.left)),
    y: round(plot.bottom - ((point.value - values.low) / (values.high - values.low)) * (plot.bottom - plot.top)),
  })
  const points = series.map(place)
  const shownYears = { first: Math.min(...plotted.map((point) => point.year)), last: Math.max(...plotted.map((point) => point.year)) }
  return {
    plot,
    years: shownYears,
    values,
    points,
    path: points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' '),
    valueTicks: valueTicks(values.low, values.high).map((value) => ({ value, y: place({ year: years.low, value }).y })),
    yearTicks: yearTicks(shownYears.first, shownYears.last).map((year) => ({ year, x: place({ year, value: values.low }).x })),
    target: target ? { ...place(target), x1: plot.left, x2: plot.right } : null,
  }
}
