import type { Direction } from '../../api-client/operations'
import { formatNumber } from '../format'
import type { Lang } from '../lang'
import type { DataPoint } from './chart-geometry'

export type DescribedSeries = { name: string; unit: string; direction: Direction; series: DataPoint[]; target: DataPoint | null }

const TEXTS = {
  sv: {
    direction: { INCREASE: 'Värdet ska öka.', DECREASE: 'Värdet ska minska.' },
    inYear: 'år',
    noValues: 'inga värden ännu.',
    fromTo: (first: string, last: string) => `från ${first} till ${last}.`,
    target: 'Målvärde',
    noTarget: 'Inget målvärde.',
  },
  en: {
    direction: { INCREASE: 'The value should increase.', DECREASE: 'The value should decrease.' },
    inYear: 'in',
    noValues: 'no values yet.',
    fromTo: (first: string, last: string) => `from ${first} to ${last}.`,
    target: 'Target value',
    noTarget: 'No target value.',
  },
} satisfies Record<Lang, { direction: Record<Direction, string> } & Record<string, unknown>>

/** What a series chart shows, in words, e.g. for its accessible name. */
export function describeSeries({ name, unit, direction, series, target }: DescribedSeries, lang: Lang = 'sv'): string {
  const texts = TEXTS[lang]
  const valueInYear = ({ year, value }: DataPoint) => `${formatNumber(value, lang)} ${texts.inYear} ${year}`
  const first = series[0]
  const last = series.at(-1)
  const values =
    !first || !last ? texts.noValues : first === last ? `${valueInYear(first)}.` : texts.fromTo(valueInYear(first), valueInYear(last))
  const targetText = target ? ` ${texts.target} ${valueInYear(target)}.` : ` ${texts.noTarget}`
  return `${name} (${unit}): ${values}${targetText} ${texts.direction[direction]}`
}
