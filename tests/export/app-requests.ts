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
