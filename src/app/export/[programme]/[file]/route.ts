import { isValidYear } from '@/collections/fields/year'
import { fetchExportedFollowUp } from '../../follow-up-query'
import { csvResponse, jsonResponse, notFoundResponse } from '../../responses'
import { csvRecords, exportFileName, exportJson } from '../../table'

/** 2020.csv or 2020.json */
const FILE_NAME = /^(\d{4})\.(csv|json)$/

const notFound = () => notFoundResponse('Adressen är /export/{program}/{år}.csv eller .json.')

/** A programme's published follow-up of one year as open data: /export/kmpp-2017/2020.csv or .json. */
export async function GET(_request: Request, { params }: { params: Promise<{ programme: string; file: string }> }) {
  const { programme, file } = await params
  const [, yearText, format] = FILE_NAME.exec(file) ?? []
  const year = Number(yearText)
  if (!format || !isValidYear(year)) return notFound()

  const followUp = await fetchExportedFollowUp(programme, year)
  if (!followUp) return notFound()

  return format === 'csv'
    ? csvResponse(csvRecords(followUp), exportFileName(followUp, 'csv'))
    : jsonResponse(exportJson(followUp), exportFileName(followUp, 'json'))
}
