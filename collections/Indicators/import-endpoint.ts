import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { importSpreadsheet } from '../../src/values/spreadsheet/import'
import { SPREADSHEET_LIMITS, sizeText } from '../../src/values/spreadsheet/limits'
import { requireStrategist } from '../access'

/** Room for the multipart envelope around the file: a body larger than the limit and this is refused unread. */
const ENVELOPE_BYTES = 64 * 1024

async function uploadedFile(req: PayloadRequest): Promise<{ file: File; dryRun: boolean }> {
  const tooLarge = `Filen är för stor: högst ${sizeText(SPREADSHEET_LIMITS.bytes)}.`
  const length = Number(req.headers.get('content-length') ?? 0)
  if (length > SPREADSHEET_LIMITS.bytes + ENVELOPE_BYTES) throw new APIError(tooLarge, 413, null, true)
  const contentType = req.headers.get('content-type') ?? ''
  if (!contentType.startsWith('multipart/form-data') || !req.formData) {
    throw new APIError('Skicka filen som multipart/form-data i fältet "file".', 400, null, true)
  }
  let form: FormData
  try {
    form = await req.formData()
  } catch {
    throw new APIError('Formuläret gick inte att läsa: skicka filen som multipart/form-data i fältet "file".', 400, null, true)
  }
  const file = form.get('file')
  if (!(file instanceof File)) throw new APIError('Välj en fil att importera (fältet "file").', 400, null, true)
  return { file, dryRun: String(form.get('dryRun') ?? 'true').trim() !== 'false' }
}

/**
 * POST /api/indicators/import, multipart with `file` (CSV or XLSX) and `dryRun` (true unless
 * "false" is sent): answers `{ dryRun, added, changed, unchanged, errors }`. A file that cannot be
 * read, and applying a file with any error, are refused with 400, and nothing is written.
 */
export const importEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    requireStrategist(req, 'importera värden')
    const { file, dryRun } = await uploadedFile(req)
    const {
      unreadable,
      importId: _importId,
      ...answer
    } = await importSpreadsheet(req, { name: file.name || 'kalkylblad', data: new Uint8Array(await file.arrayBuffer()) }, { dryRun })
    const refused = unreadable || (!dryRun && answer.errors.length > 0)
    return Response.json(answer, { status: refused ? 400 : 200 })
  },
}
