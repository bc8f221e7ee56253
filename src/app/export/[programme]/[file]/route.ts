import { isValidYear } from '../../../../../collections/fields/year'
import { toCsv } from '../../csv'
import { fetchExportedFollowUp } from '../../follow-up-query'
import { csvRecords, exportFileName, exportJson } from '../../table'

/** 2020.csv or 2020.json */
const FILE_NAME = /^(\d{4})\.(csv|json)$/

const notFound = () =>
  new Response('Det finns ingen sådan export. Adressen är /export/{program}/{år}.csv eller .json.', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })

/** A programme's published follow-up of one year as open data: /export/kmpp-2017/2020.csv or .json. */
export async function GET(request: Request, { params }: { params: Promise<{ programme: string; file: string }> }) {
  const { programme, file } = await params
  const [, yearText, format] = FILE_NAME.exec(file) ?? []
  const year = Number(yearText)
  if (!format || !isValidYear(year)) return notFound()

  const followUp = await fetchExportedFollowUp(programme, year)
  if (!followUp) return notFound()

  if (format === 'csv') {
    return new Response(toCsv(csvRecords(followUp)), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${exportFileName(followUp, 'csv')}"`,
      },
    })
  }
  return new Response(JSON.stringify(exportJson(followUp), null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `inline; filename="${exportFileName(followUp, 'json')}"`,
    },
  })
}
