import type { PayloadRequest } from 'payload'

import { inTransaction } from '../../../collections/transaction'
import type { Import } from '../../payload-types'
import type { RecordedValue } from '../plan'
import { applyValues, previewValues } from '../record'
import { readEntries, type SheetEntry } from './entries'
import { indicatorFinder } from './indicators'
import type { SpreadsheetLimits } from './limits'
import { type RowError, SpreadsheetError } from './problems'
import { readSpreadsheet, type Sheet } from './read'

/** A value of the file as the preview shows it: its row, the indicator's name, and the stored value it would replace. */
export type ImportRow = { row: number; indicator: string; name: string; year: number; value: number; note?: string }

/** The answer of POST /api/indicators/import: what the file adds, changes and leaves unchanged, and every error. */
export type SpreadsheetImportAnswer = {
  dryRun: boolean
  added: ImportRow[]
  changed: Array<ImportRow & { before: RecordedValue }>
  unchanged: ImportRow[]
  errors: RowError[]
}

export type SpreadsheetImport = SpreadsheetImportAnswer & {
  /** Whether the file could not be read at all (its one error is about the whole file). */
  unreadable: boolean
  /** The import kept in `imports` when one was applied and wrote something. */
  importId: string | null
}

async function namedIndicators(req: PayloadRequest) {
  const { docs } = await req.payload.find({
    collection: 'indicators',
    select: { name: true, koladaKpi: true },
    locale: 'sv',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return indicatorFinder(docs.map((doc) => ({ id: String(doc.id), name: doc.name, koladaKpi: doc.koladaKpi })))
}

const MIME_TYPES: Record<Sheet['format'], string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** Keeps the uploaded file in `import-files` and links it from the import, in the import's transaction. */
async function keepFile(req: PayloadRequest, kept: Import, file: { name: string; data: Uint8Array }, format: Sheet['format']) {
  const extension = new RegExp(`\\.${format}$`, 'i').test(file.name) ? '' : `.${format}`
  // Named after the import as well: a second file of the same name would otherwise be renamed by
  // Payload counting up its last number (values-2021.csv as values-2022.csv).
  const name = `${String(kept.id).slice(0, 8)}-${file.name}${extension}`
  const stored = await req.payload.create({
    collection: 'import-files',
    data: {},
    file: { data: Buffer.from(file.data), mimetype: MIME_TYPES[format], name, size: file.data.length },
    overrideAccess: true,
    req,
  })
  await req.payload.update({ collection: 'imports', id: kept.id, data: { file: stored.id }, overrideAccess: true, req })
}

const empty = (dryRun: boolean, errors: RowError[]): SpreadsheetImport => ({
  dryRun,
  added: [],
  changed: [],
  unchanged: [],
  errors,
  unreadable: false,
  importId: null,
})

/**
 * Reads a spreadsheet of values and answers what importing it does; unless `dryRun`, and only
 * when no row has an error, writes it with its provenance (the file's name) through
 * src/values/record.ts: all of it, and the import kept in `imports`, or nothing.
 */
export async function importSpreadsheet(
  req: PayloadRequest,
  file: { name: string; data: Uint8Array },
  options: { dryRun: boolean; limits?: SpreadsheetLimits },
): Promise<SpreadsheetImport> {
  const { dryRun } = options
  let read: { entries: SheetEntry[]; errors: RowError[] }
  let format: Sheet['format']
  try {
    const sheet = await readSpreadsheet(file.data, options.limits)
    format = sheet.format
    read = readEntries(sheet, await namedIndicators(req))
  } catch (error) {
    if (!(error instanceof SpreadsheetError)) throw error
    return { ...empty(dryRun, [{ row: null, column: null, message: error.message }]), unreadable: true }
  }
  const { entries, errors } = read
  if (errors.length > 0 && !dryRun) return empty(dryRun, errors)
  const byKey = new Map(entries.map((entry) => [`${entry.indicator}:${entry.year}`, entry]))
  const shown = <T extends { indicator: string; year: number }>(planned: T) => {
    const { row, name, indicator, year, value, note } = byKey.get(`${planned.indicator}:${planned.year}`) as SheetEntry
    return { ...planned, row, name, indicator, year, value, ...(note === undefined ? {} : { note }) }
  }
  const values = entries.map(({ row: _row, name: _name, ...entry }) => entry)
  const { plan, import: kept } = dryRun
    ? { plan: await previewValues(req, values), import: null }
    : await inTransaction(req, async () => {
        const applied = await applyValues(req, { source: 'spreadsheet', reference: file.name }, values)
        if (applied.import) await keepFile(req, applied.import, file, format)
        return applied
      })
  return {
    dryRun,
    added: plan.added.map(shown),
    changed: plan.changed.map(shown),
    unchanged: plan.unchanged.map(shown),
    errors,
    unreadable: false,
    importId: kept ? String(kept.id) : null,
  }
}
