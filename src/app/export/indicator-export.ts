/**
 * One indicator as open data: /export/indicator/{id}.csv and .json, linked beside its chart.
 * The CSV has the follow-up export's indicator columns, its source, and one numeric column per
 * year from its first value to its last; the JSON the same with English keys.
 */
import { queryApi } from '../api-client/client'
import { EXPORTED_INDICATOR } from '../api-client/fragments'
import type { ExportIndicatorQuery, ExportIndicatorQueryVariables } from '../api-client/operations'
import type { CsvCell } from './csv'
import { type ExportedIndicator, INDICATOR_HEADINGS, indicatorCells, seriesCells, seriesYears } from './indicator-columns'

export const EXPORT_INDICATOR = /* GraphQL */ `
  query ExportIndicator($id: ID!) {
    indicator(id: $id) {
      ...ExportedIndicator
    }
  }
  ${EXPORTED_INDICATOR}
`

/** A published indicator with every value; null when there is none with that ID. */
export async function fetchExportedIndicator(id: string): Promise<ExportedIndicator | null> {
  const data = await queryApi<ExportIndicatorQuery, ExportIndicatorQueryVariables>(EXPORT_INDICATOR, { id })
  return data.indicator
}

/** The CSV's records: Swedish headings and the indicator's one record. */
export function indicatorCsvRecords(indicator: ExportedIndicator): CsvCell[][] {
  const years = seriesYears([indicator])
  return [
    [...INDICATOR_HEADINGS, 'Källa', ...years.map(String)],
    [...indicatorCells(indicator), indicator.source, ...seriesCells(indicator, years)],
  ]
}

/** E.g. indikator-{id}.csv */
export const indicatorFileName = (indicator: ExportedIndicator, extension: 'csv' | 'json') => `indikator-${indicator.id}.${extension}`
