/** What a chart and its summary and table say, in Swedish and in English. */
import { formatNumber } from '../format'
import type { DataPoint } from './chart-geometry'
import type { SeriesTrend } from './series-trend'

export type ChartTexts = {
  first: string
  latest: string
  target: (value: string, year: number) => string
  noTarget: string
  noValues: string
  change: Record<SeriesTrend['change'], (since: number) => string>
  /** The heading of a trend with a target, and without one (against the desired direction). */
  heading: { target: Record<NonNullable<SeriesTrend['heading']>, string>; direction: Record<'towards' | 'away', string> }
  showTable: string
  tableCaption: (name: string) => string
  year: string
  value: (unit: string) => string
  targetMark: string
  /** Before the links to the values as CSV and JSON, and what each link's accessible name adds after its format. */
  download: string
  downloadOf: (name: string) => string
}

const sv: ChartTexts = {
  first: 'Första värdet',
  latest: 'Senaste värdet',
  target: (value, year) => `Målvärde: ${value} till ${year}.`,
  noTarget: 'Inget målvärde.',
  noValues: 'Inga värden ännu.',
  change: {
    increasing: (since) => `Ökar sedan ${since}`,
    decreasing: (since) => `Minskar sedan ${since}`,
    unchanged: (since) => `Oförändrat sedan ${since}`,
  },
  heading: {
    target: { towards: 'mot målet', away: 'bort från målet', reached: 'målvärdet är nått' },
    direction: { towards: 'i önskad riktning', away: 'åt fel håll' },
  },
  showTable: 'Visa värdena som tabell',
  tableCaption: (name) => `Värden: ${name}`,
  year: 'År',
  value: (unit) => `Värde (${unit})`,
  targetMark: 'Mål',
  download: 'Ladda ner värdena:',
  downloadOf: (name) => ` med värdena för ${name}`,
}

const en: ChartTexts = {
  first: 'First value',
  latest: 'Latest value',
  target: (value, year) => `Target: ${value} by ${year}.`,
  noTarget: 'No target value.',
  noValues: 'No values yet.',
  change: {
    increasing: (since) => `Increasing since ${since}`,
    decreasing: (since) => `Decreasing since ${since}`,
    unchanged: (since) => `Unchanged since ${since}`,
  },
  heading: {
    target: { towards: 'towards the target', away: 'away from the target', reached: 'the target is reached' },
    direction: { towards: 'in the desired direction', away: 'in the wrong direction' },
  },
  showTable: 'Show the values as a table',
  tableCaption: (name) => `Values: ${name}`,
  year: 'Year',
  value: (unit) => `Value (${unit})`,
  targetMark: 'Target',
  download: 'Download the values:',
  downloadOf: (name) => ` with the values of ${name}`,
}

export const CHART_TEXTS = { sv, en } as const

const withUnit = (value: number, unit: string) => `${formatNumber(value)} ${unit}`

/** The trend in words, e.g. "Minskar sedan 2015, mot målet."; null when there is no trend to tell. */
export function trendSentence(trend: SeriesTrend | null, hasTarget: boolean, texts: ChartTexts): string | null {
  if (!trend) return null
  const change = texts.change[trend.change](trend.since)
  const heading =
    trend.heading === null
      ? null
      : hasTarget
        ? texts.heading.target[trend.heading]
        : trend.heading === 'reached'
          ? null
          : texts.heading.direction[trend.heading]
  return heading ? `${change}, ${heading}.` : `${change}.`
}

/** The lines of a chart's visible summary: first and latest value, the target, and the trend. */
export function seriesSummary(
  { unit, series, target }: { unit: string; series: DataPoint[]; target: DataPoint | null },
  trend: SeriesTrend | null,
  texts: ChartTexts,
): string[] {
  const first = series[0]
  const last = series.at(-1)
  const values = !first || !last ? [texts.noValues] : [`${texts.first}: ${withUnit(first.value, unit)} (${first.year}).`]
  if (first && last && last !== first) values.push(`${texts.latest}: ${withUnit(last.value, unit)} (${last.year}).`)
  const targetLine = target ? texts.target(withUnit(target.value, unit), target.year) : texts.noTarget
  const trendLine = trendSentence(trend, target !== null, texts)
  return [...values, targetLine, ...(trendLine ? [trendLine] : [])]
}
