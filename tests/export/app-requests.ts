/** Requests to the running app (tests/app) as a client would make them: REST login, /graphql. */
import { expect } from 'vitest'

import { APP_PASSWORD } from '../helpers/app-server'

/** Signs a seeded account in through Payload's REST API and returns its JWT. */
export async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: APP_PASSWORD }),
  })
  expect(response.status).toBe(200)
  const { token } = (await response.json()) as { token: string }
  return token
}

export const asUser = (token: string) => ({ authorization: `JWT ${token}` })

/** A /graphql query's data; fails the test on errors. */
export async function graphql<Data>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Data> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  })
  const body = (await response.json()) as { data?: Data; errors?: unknown[] }
  expect(body.errors).toBeUndefined()
  return body.data!
}

/** The ID of the one document of `collection` that the REST query `where` finds, e.g. `where[code][equals]=1.1`. */
export async function documentId(url: string, token: string, collection: string, where: string): Promise<string> {
  const response = await fetch(`${url}/api/${collection}?depth=0&${where}`, { headers: asUser(token) })
  const { docs } = (await response.json()) as { docs: Array<{ id: string }> }
  expect(docs.length, `${collection} ${where}`).toBe(1)
  return docs[0].id
}

/** Creates a document through the REST API as the signed-in user; fails unless it is created. */
export async function createDocument(url: string, token: string, collection: string, data: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${url}/api/${collection}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...asUser(token) },
    body: JSON.stringify(data),
  })
  expect(response.status, `POST /api/${collection}`).toBe(201)
}
