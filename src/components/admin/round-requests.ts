/** The REST calls the round's buttons make, as the signed-in user (Payload's login cookie). */

export type RequestResult<T> = { ok: true; data: T } | { ok: false; message: string }

async function request<T>(url: string, init: RequestInit = {}): Promise<RequestResult<T>> {
  try {
    const response = await fetch(url, {
      ...init,
      credentials: 'include',
      headers: { 'content-type': 'application/json', ...init.headers },
    })
    const body = await response.json().catch(() => ({}))
    if (response.ok) return { ok: true, data: body as T }
    const message = body?.errors?.[0]?.message ?? body?.message
    return { ok: false, message: typeof message === 'string' ? message : `Det gick inte (${response.status}).` }
  } catch {
    return { ok: false, message: 'Det gick inte att nå servern. Försök igen.' }
  }
}

/** Saves a change of a follow-up's review state as a draft: the year's follow-ups stay drafts until the round is published. */
export const patchFollowUp = (api: string, id: string, data: Record<string, unknown>) =>
  request<{ doc: { id: string } }>(`${api}/follow-ups/${id}?draft=true`, { method: 'PATCH', body: JSON.stringify(data) })

export const createFollowUp = (api: string, data: { milestoneGoal: string; year: number }) =>
  request<{ doc: { id: string } }>(`${api}/follow-ups?draft=true`, {
    method: 'POST',
    body: JSON.stringify({ ...data, status: 'not_assessed' }),
  })

/** What publishing the round would publish, and what would stay unassessed (the publish part's endpoint). */
export type Publication = {
  year: number
  toPublish: { followUps: number; actions: number }
  unassessed: Array<{ goal: { id: string; code: string }; review: string | null }>
}

export type Published = { year: number; publishedAt: string; published: { followUps: number; actions: number }; unassessed: number }

export const readPublication = (api: string, roundId: string) => request<Publication>(`${api}/follow-up-rounds/${roundId}/publication`)

export const publishRound = (api: string, roundId: string) =>
  request<Published>(`${api}/follow-up-rounds/${roundId}/publish`, { method: 'POST', body: '{}' })
