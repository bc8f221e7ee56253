/** The REST calls of the admin's Kolada buttons, as the signed-in user (Payload's login cookie). */

export type SyncAnswer = {
  added: number
  changed: number
  unchanged: number
  conflicts: Array<{ id: string; name: string; year: number }>
  errors: Array<{ kpi: string | null; message: string }>
  message?: string
}

export type Answer<T> = { status: number; body: T | null; message: string | null }

async function post<T>(url: string, data: unknown): Promise<Answer<T>> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(data),
    })
    const body = await response.json().catch(() => null)
    const message = body?.errors?.[0]?.message ?? body?.message ?? (response.ok ? null : `Det gick inte (${response.status}).`)
    return { status: response.status, body, message }
  } catch {
    return { status: 0, body: null, message: 'Det gick inte att nå servern. Försök igen.' }
  }
}

export const runKoladaSync = (api: string) => post<SyncAnswer>(`${api}/indicators/kolada-sync`, {})

export const resolveConflict = (api: string, id: string, keep: 'stored' | 'kolada') =>
  post<{ state: string }>(`${api}/value-conflicts/${id}/resolve`, { keep })
