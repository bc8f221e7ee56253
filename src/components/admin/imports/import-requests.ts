/** The REST calls of the admin's import page and undo button, as the signed-in user (Payload's login cookie). */

export type PreviewRow = { row: number; indicator: string; name: string; year: number; value: number; note?: string }

export type ImportAnswer = {
  dryRun: boolean
  added: PreviewRow[]
  changed: Array<PreviewRow & { before: { value: number; source: string } }>
  unchanged: PreviewRow[]
  errors: Array<{ row: number | null; column: string | null; message: string }>
}

export type Answer<T> = { status: number; body: T | null; message: string | null }

async function post<T>(url: string, body?: FormData): Promise<Answer<T>> {
  try {
    const response = await fetch(url, { method: 'POST', credentials: 'include', body })
    const answer = await response.json().catch(() => null)
    const message = answer?.errors?.[0]?.row === undefined ? (answer?.errors?.[0]?.message ?? answer?.message ?? null) : null
    return {
      status: response.status,
      body: answer,
      message: message ?? (response.ok || answer ? null : `Det gick inte (${response.status}).`),
    }
  } catch {
    return { status: 0, body: null, message: 'Det gick inte att nå servern. Försök igen.' }
  }
}

/** Sends the file to POST /api/indicators/import: a preview, or the import itself when `apply`. */
export function sendSpreadsheet(api: string, file: File, apply: boolean): Promise<Answer<ImportAnswer>> {
  const form = new FormData()
  form.append('file', file)
  form.append('dryRun', apply ? 'false' : 'true')
  return post<ImportAnswer>(`${api}/indicators/import`, form)
}

export const undoImport = (api: string, id: string) => post<{ message: string }>(`${api}/imports/${id}/undo`)
