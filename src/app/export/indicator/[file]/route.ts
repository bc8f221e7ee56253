import { indicatorJson } from '../../indicator-columns'
import { fetchExportedIndicator, indicatorCsvRecords, indicatorFileName } from '../../indicator-export'
import { csvResponse, jsonResponse, notFoundResponse } from '../../responses'

/** {id}.csv or {id}.json, the ID as SQLite's UUIDs and MongoDB's ObjectIds spell it. */
const FILE_NAME = /^([A-Za-z0-9-]{1,64})\.(csv|json)$/

const notFound = () => notFoundResponse('Adressen är /export/indicator/{id}.csv eller .json, med id från /graphql.')

/** One published indicator's series and metadata as open data: /export/indicator/{id}.csv or .json. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  const [, id, format] = FILE_NAME.exec(file) ?? []
  if (!format) return notFound()

  const indicator = await fetchExportedIndicator(id)
  if (!indicator) return notFound()

  return format === 'csv'
    ? csvResponse(indicatorCsvRecords(indicator), indicatorFileName(indicator, 'csv'))
    : jsonResponse(indicatorJson(indicator), indicatorFileName(indicator, 'json'))
}
