import { Fragment, type ReactNode } from 'react'

import { formatDate } from '../format'
import type { Lang } from '../lang'
import styles from './ValueProvenanceLine.module.css'
import { type SourcedPoint, type SourcePart, valueProvenance } from './value-provenance'

const TEXTS = {
  sv: {
    manual: 'inmatade av kommunen',
    spreadsheet: 'inlästa från kalkylblad',
    kolada: 'hämtade från',
    and: 'och',
    values: 'Värdena är',
    updated: 'Senast uppdaterade',
  },
  en: {
    manual: 'entered by the municipality',
    spreadsheet: 'read from spreadsheets',
    kolada: 'fetched from',
    and: 'and',
    values: 'The values are',
    updated: 'Last updated',
  },
} satisfies Record<Lang, Record<string, string>>

function partText(part: SourcePart, lang: Lang): ReactNode {
  const texts = TEXTS[lang]
  if (part.source === 'MANUAL') return texts.manual
  if (part.source === 'SPREADSHEET') return part.files.length ? `${texts.spreadsheet} (${part.files.join(', ')})` : texts.spreadsheet
  return (
    <>
      {texts.kolada} {part.href ? <a href={part.href}>Kolada</a> : 'Kolada'}
    </>
  )
}

/** "a", "a och b", "a, b och c" */
function listed(items: ReactNode[], and: string): ReactNode {
  return items.map((item, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts are fixed in number and order.
    <Fragment key={index}>
      {index === 0 ? '' : index === items.length - 1 ? ` ${and} ` : ', '}
      {item}
    </Fragment>
  ))
}

/** Under a chart: where its values come from and when they were last updated. */
export function ValueProvenanceLine({ series, lang = 'sv' }: { series: readonly SourcedPoint[]; lang?: Lang }) {
  const { parts, lastUpdated } = valueProvenance(series)
  if (parts.length === 0) return null
  return (
    <p className={styles.provenance}>
      {TEXTS[lang].values}{' '}
      {listed(
        parts.map((part) => partText(part, lang)),
        TEXTS[lang].and,
      )}
      .{lastUpdated && ` ${TEXTS[lang].updated} ${formatDate(lastUpdated, lang)}.`}
    </p>
  )
}
