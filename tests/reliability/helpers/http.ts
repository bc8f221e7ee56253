/**
 * A small HTTP client for the reliability suites: Payload's REST API, Payload's GraphQL and our
 * /graphql on a running app, signed in as one of the seeded accounts or anonymous.
 */
import type { Role } from '@/collections/roles'
import { SEED_ACCOUNTS } from '@/src/seed/users'
import { APP_PASSWORD } from '../../helpers/app-server'

export type Actor = Role | 'anonymous'

export type Reply = {
  status: number
  headers: Headers
  text: string
  /** The body parsed as JSON; undefined when it is not JSON. */
  json: any
}

export type Client = {
  actor: Actor
  /** The JWT of the session, for the `Authorization: JWT` header; undefined when anonymous. */
  token?: string
  request: (path: string, init?: RequestInit) => Promise<Reply>
  get: (path: string) => Promise<Reply>
  post: (path: string, body: unknown) => Promise<Reply>
  patch: (path: string, body: unknown) => Promise<Reply>
  delete: (path: string) => Promise<Reply>
  /** A multipart upload as the admin sends it: the file, and the other fields as `_payload` JSON. */
  upload: (path: string, file: { data: Buffer; name: string; type: string }, data: Record<string, unknown>) => Promise<Reply>
  /** A POST to a GraphQL endpoint: '/graphql' (ours) or '/api/graphql' (Payload's). */
  graphql: (endpoint: '/graphql' | '/api/graphql', query: string, variables?: Record<string, unknown>) => Promise<Reply>
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

export async function reply(response: Response): Promise<Reply> {
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, json: parseJson(text) }
}

/**
 * A client of the app at `baseUrl`. Every body it receives is passed to `onBody`, so a suite can
 * check afterwards that no response ever carried something it must not.
 */
export function client(baseUrl: string, actor: Actor = 'anonymous', token?: string, onBody: (text: string) => void = () => {}): Client {
  const request = async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers)
    if (token) headers.set('authorization', `JWT ${token}`)
    const result = await reply(await fetch(`${baseUrl}${path}`, { ...init, headers }))
    onBody(result.text)
    return result
  }
  const json = (method: string) => (path: string, body: unknown) =>
    request(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return {
    actor,
    token,
    request,
    get: (path) => request(path),
    post: json('POST'),
    patch: json('PATCH'),
    delete: (path) => request(path, { method: 'DELETE' }),
    upload: (path, file, data) => {
      const form = new FormData()
      form.set('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
      form.set('_payload', JSON.stringify(data))
      return request(path, { method: 'POST', body: form })
    },
    graphql: (endpoint, query, variables) => json('POST')(endpoint, { query, variables }),
  }
}

/** POST /api/users/login; the reply keeps the Set-Cookie headers. */
export async function logIn(baseUrl: string, email: string, password: string): Promise<Reply & { setCookies: string[] }> {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  return { ...(await reply(response)), setCookies: response.headers.getSetCookie() }
}

export function seededEmail(role: Role): string {
  const account = SEED_ACCOUNTS.find((candidate) => candidate.role === role)
  if (!account) throw new Error(`No seeded account has the role ${role}`)
  return account.email
}

/** A client signed in as the seeded account of `actor` (password APP_PASSWORD), or an anonymous one. */
export async function signedIn(baseUrl: string, actor: Actor, onBody?: (text: string) => void): Promise<Client> {
  if (actor === 'anonymous') return client(baseUrl, actor, undefined, onBody)
  const login = await logIn(baseUrl, seededEmail(actor), APP_PASSWORD)
  if (login.status !== 200 || typeof login.json?.token !== 'string')
    throw new Error(`Login as ${actor} failed: ${login.status} ${login.text}`)
  onBody?.(login.text)
  return client(baseUrl, actor, login.json.token, onBody)
}
