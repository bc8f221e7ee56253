import { Fragment, type ReactNode } from 'react'

import { formatDate } from '../format'
import styles from './ValueProvenanceLine.module.css'
import { type SourcedPoint, type SourcePart, valueProvenance } from './value-provenance'

function partText(part: SourcePart): ReactNode {
  if (part.source === 'MANUAL') return 'inmatade av kommunen'
  if (part.source === 'SPREADSHEET')
    return part.files.length ? `inlästa från kalkylblad (${part.files.join(', ')})` : 'inlästa från kalkylblad'
  return <>hämtade från {part.href ? <a href={part.href}>Kolada</a> : 'Kolada'}</>
}

/** "a", "a och b", "a, b och c" */
function listed(items: ReactNode[]): ReactNode {
  return items.map((item, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts are fixed in number and order.
    <Fragment key={index}>
      {index === 0 ? '' : index === items.length - 1 ? ' och ' : ', '}
      {item}
    </Fragment>
  ))
}

/** Under a chart: where its values come from and when they were last updated. */
export function ValueProvenanceLine({ series }: { series: readonly SourcedPoint[] }) {
  const { parts, lastUpdated } = valueProvenance(series)
  if (parts.length === 0) return null
  return (
    <p className={styles.provenance}>
      Värdena är {listed(parts.map(partText))}.{lastUpdated && ` Senast uppdaterade ${formatDate(lastUpdated)}.`}
    </p>
  )
}
