import { isValidYear } from '@/collections/fields/year'
import { actionCsvRecords } from '../../action-table'
import { fetchExportedFollowUp } from '../../follow-up-query'
import { csvResponse, jsonResponse, notFoundResponse } from '../../responses'
import { csvRecords, exportFileName, exportJson } from '../../table'

/** 2020.csv, 2020.json, or the year's actions 2020-atgarder.csv */
const FILE_NAME = /^(\d{4})(?:\.(csv|json)|-atgarder\.(csv))$/

const notFound = () =>
  notFoundResponse('Adressen är /export/{program}/{år}.csv eller .json, och åtgärderna /export/{program}/{år}-atgarder.csv.')

/** A programme's published follow-up of one year as open data: /export/kmpp-2017/2020.csv or .json, its actions 2020-atgarder.csv. */
export async function GET(_request: Request, { params }: { params: Promise<{ programme: string; file: string }> }) {
  const { programme, file } = await params
  const [, yearText, format, actionsFormat] = FILE_NAME.exec(file) ?? []
  const year = Number(yearText)
  if (!(format || actionsFormat) || !isValidYear(year)) return notFound()

  const followUp = await fetchExportedFollowUp(programme, year)
  if (!followUp) return notFound()
  if (actionsFormat) return csvResponse(actionCsvRecords(followUp), exportFileName(followUp, 'csv', 'atgarder'))

  return format === 'csv'
    ? csvResponse(csvRecords(followUp), exportFileName(followUp, 'csv'))
    : jsonResponse(exportJson(followUp), exportFileName(followUp, 'json'))
}
