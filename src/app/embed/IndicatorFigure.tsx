import { SeriesChart } from '@/src/app/(public)/components/SeriesChart'
import type { IndicatorChartFragment } from '@/src/app/api-client/operations'
import type { EmbedLanguage, EmbedTexts } from './texts'

export const indicatorCaption = ({ name, unit }: { name: string; unit: string }) => `${name} (${unit})`

/** An indicator's chart with its latest value and target in words. */
export function IndicatorFigure({
  indicator,
  language,
  texts,
  captioned = true,
}: {
  indicator: IndicatorChartFragment
  language: EmbedLanguage
  texts: EmbedTexts
  /** False when the embed's heading names the indicator already. */
  captioned?: boolean
}) {
  const latest = indicator.series.at(-1)
  const valueInYear = (point: { value: number; year: number }) => texts.inYear(`${texts.number(point.value)} ${indicator.unit}`, point.year)
  return (
    <figure>
      {captioned && <figcaption>{indicatorCaption(indicator)}</figcaption>}
      <SeriesChart indicator={indicator} lang={language} />
      <dl className="figures">
        <div>
          <dt>{texts.latestValue}</dt>
          <dd>{latest ? valueInYear(latest) : texts.noValue}</dd>
        </div>
        <div>
          <dt>{texts.target}</dt>
          <dd>{indicator.target ? valueInYear(indicator.target) : texts.noTarget}</dd>
        </div>
      </dl>
    </figure>
  )
}
