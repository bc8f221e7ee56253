'use client'

import { Button } from '@payloadcms/ui'
import { type ChangeEvent, useState } from 'react'

import { type Answer, type ImportAnswer, type PreviewRow, sendSpreadsheet } from './import-requests'
import { errorsSummary, formatNumber, planSummary } from './texts'

type Outcome = 'Nytt' | 'Ändras' | 'Oförändrat'

function PreviewTable({ answer }: { answer: ImportAnswer }) {
  const rows: Array<PreviewRow & { outcome: Outcome; before?: number }> = [
    ...answer.added.map((row) => ({ ...row, outcome: 'Nytt' as const })),
    ...answer.changed.map((row) => ({ ...row, outcome: 'Ändras' as const, before: row.before.value })),
    ...answer.unchanged.map((row) => ({ ...row, outcome: 'Oförändrat' as const })),
  ].sort((a, b) => a.row - b.row)
  if (rows.length === 0) return null
  return (
    <table className="table" aria-label="Värden i filen">
      <thead>
        <tr>
          <th scope="col">Rad</th>
          <th scope="col">Indikator</th>
          <th scope="col">År</th>
          <th scope="col">Värde</th>
          <th scope="col">Vad som händer</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.row} data-outcome={row.outcome}>
            <td>{row.row}</td>
            <td>{row.name}</td>
            <td>{row.year}</td>
            <td>{row.before === undefined ? formatNumber(row.value) : `${formatNumber(row.before)} → ${formatNumber(row.value)}`}</td>
            <td>{row.outcome}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function ErrorTable({ errors }: { errors: ImportAnswer['errors'] }) {
  if (errors.length === 0) return null
  return (
    <div role="alert">
      <p>{errorsSummary(errors.length)}</p>
      <table className="table" aria-label="Fel i filen">
        <thead>
          <tr>
            <th scope="col">Rad</th>
            <th scope="col">Kolumn</th>
            <th scope="col">Fel</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error) => (
            <tr key={`${error.row}:${error.column}:${error.message}`}>
              <td>{error.row ?? '–'}</td>
              <td>{error.column ?? '–'}</td>
              <td>{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Upload a spreadsheet, see what it would add, change and leave, and every error; then "Importera". */
export function ImportValuesForm({ api, importsList }: { api: string; importsList: string }) {
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [preview, setPreview] = useState<Answer<ImportAnswer> | null>(null)
  const [applied, setApplied] = useState<Answer<ImportAnswer> | null>(null)

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null
    setFile(chosen)
    setPreview(null)
    setApplied(null)
    if (!chosen) return
    setBusy(true)
    setPreview(await sendSpreadsheet(api, chosen, false))
    setBusy(false)
  }
  const apply = async () => {
    if (!file) return
    setBusy(true)
    setApplied(await sendSpreadsheet(api, file, true))
    setBusy(false)
  }

  const answer = preview?.body
  const errors = answer?.errors ?? []
  const writes = answer ? answer.added.length + answer.changed.length : 0
  const done = applied?.status === 200 && applied.body
  return (
    <div>
      <p>
        <label htmlFor="spreadsheet-file">Fil (CSV eller XLSX)</label>
        <br />
        <input id="spreadsheet-file" type="file" accept=".csv,.xlsx,text/csv" onChange={choose} disabled={busy} />
      </p>
      {busy && <p role="status">Läser filen…</p>}
      {preview?.message && <p role="alert">{preview.message}</p>}
      {answer && !done && (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">Förhandsgranskning</h2>
          <ErrorTable errors={errors} />
          {errors.length === 0 && (
            <p>
              Filen ger {planSummary(answer)}.{writes === 0 ? ' Det finns inget att importera.' : ''}
            </p>
          )}
          <PreviewTable answer={answer} />
          {errors.length === 0 && writes > 0 && (
            <Button buttonStyle="primary" disabled={busy} onClick={apply}>
              Importera
            </Button>
          )}
        </section>
      )}
      {applied && !done && (
        <div role="alert">
          <p>{applied.message ?? 'Importen gick inte att genomföra. Inget skrevs.'}</p>
          {applied.body && <ErrorTable errors={applied.body.errors} />}
        </div>
      )}
      {done && (
        <div role="status">
          <p>Importen är klar: {planSummary(done)}.</p>
          <p>
            <a href={importsList}>Visa importerna</a>
          </p>
        </div>
      )}
    </div>
  )
}
