import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { makeNews } from '../helpers/fixtures'
import { testPayload, userWithRole } from '../helpers/payload'

let payload: Payload
let token: string

beforeAll(async () => {
  payload = await testPayload()
  const user = await userWithRole(payload, 'communicator')
  const login = await payload.login({ collection: 'users', data: { email: user.email, password: 'test-password-123' } })
  token = login.token!
})

/** A PATCH as the admin sends it, with its query; resolves with the message it toasts. */
async function patchMessage(id: string, data: Record<string, unknown>, query = '', language = 'sv') {
  const request = new Request(`http://localhost/api/news/${id}?depth=0${query}`, {
    method: 'PATCH',
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json', 'accept-language': language },
    body: JSON.stringify(data),
  })
  const response = await handleEndpoints({ config: payload.config, request })
  expect(response.status).toBe(200)
  return ((await response.json()) as { message: string }).message
}

describe('the answer the admin toasts when a news item is saved', () => {
  it("says it was published when it was, and keeps Payload's answers to drafts and autosaves", async () => {
    const item = await makeNews(payload, 'draft')
    expect(await patchMessage(item.id, { lead: 'Utkast.' }, '&draft=true')).toBe('Utkastet sparades')
    expect(await patchMessage(item.id, { lead: 'Utkast igen.' }, '&draft=true&autosave=true')).toBe('Autosparades')
    expect(await patchMessage(item.id, { _status: 'published' })).toBe('Publicerades')
    expect(await patchMessage(item.id, { lead: 'Publicerad igen.', _status: 'published' }, '', 'en')).toBe('Published')
  })
})
