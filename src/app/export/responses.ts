/** The exports' answers: a CSV download, inline JSON, or a Swedish 404 naming the addresses that exist. */
import { type CsvCell, toCsv } from './csv'

export const csvResponse = (records: CsvCell[][], fileName: string) =>
  new Response(toCsv(records), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${fileName}"` },
  })

export const jsonResponse = (value: unknown, fileName: string) =>
  new Response(JSON.stringify(value, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': `inline; filename="${fileName}"` },
  })

export const notFoundResponse = (addresses: string) =>
  new Response(`Det finns ingen sådan export. ${addresses}`, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
