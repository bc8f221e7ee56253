import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { startGraphQLServer } from '../helpers/graphql-http'
import { type SeededApi, seededApi } from '../helpers/graphql-seeded'
import { internalsIn } from '../reliability/helpers/leaks'

let api: SeededApi

beforeAll(async () => {
  api = await seededApi()
})
afterAll(() => api?.close())
afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

type SqlDatabase = { run?: (query: unknown) => Promise<unknown>; execute?: (query: unknown) => Promise<unknown> }

/** A real database failure: `table` is gone while `run` runs. */
async function withoutTable<T>(payload: Payload, table: string, run: () => Promise<T>): Promise<T> {
  const db = (payload.db as unknown as { drizzle: SqlDatabase }).drizzle
  // SQLite's drizzle runs a statement with run(), PostgreSQL's with execute().
  const statement = (text: string) => (db.run ?? db.execute)!.call(db, sql.raw(text))
  await statement(`ALTER TABLE ${table} RENAME TO ${table}_away`)
  try {
    return await run()
  } finally {
    await statement(`ALTER TABLE ${table}_away RENAME TO ${table}`)
  }
}

/** The database's own words for a missing table: SQLite's, then PostgreSQL's. */
const MISSING_TABLE = /no such table|relation "\w+" does not exist/

/** What was written to console.error, errors with their causes. */
const loggedText = (logged: { mock: { calls: unknown[][] } }) =>
  logged.mock.calls
    .flat()
    .map((e) => (e instanceof Error ? `${e.message} ${e.cause}` : String(e)))
    .join('\n')

describe.each(['development', 'production'])('with NODE_ENV=%s', (mode) => {
  it('a database error reaches the console in full and the client as a bare INTERNAL_SERVER_ERROR', async () => {
    vi.stubEnv('NODE_ENV', mode)
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const server = await startGraphQLServer(api.payload, { responseCache: false })
    try {
      const response = await withoutTable(api.payload, 'programmes', () => server.post('{ programmes { slug } }'))
      expect(response.body.errors).toHaveLength(1)
      expect(response.body.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })
      const text = JSON.stringify(response.body)
      expect(internalsIn(text), text).toEqual([])
      expect(text).not.toMatch(MISSING_TABLE)
      expect(text).not.toMatch(/_away|select|params/i)
      expect(loggedText(logged)).toMatch(MISSING_TABLE)
    } finally {
      await server.close()
    }
  })

  it('a database error outside Apollo (the content version every anonymous read checks) is a bare 500 too', async () => {
    vi.stubEnv('NODE_ENV', mode)
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const server = await startGraphQLServer(api.payload)
    try {
      const response = await withoutTable(api.payload, 'content_state', () => server.post('{ programmes { slug } }'))
      expect(response.status).toBe(500)
      expect(response.body).toEqual({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] })
      expect(loggedText(logged)).toMatch(MISSING_TABLE)
    } finally {
      await server.close()
    }
  })

  it('a client error carries its message and code, but no stack trace', async () => {
    vi.stubEnv('NODE_ENV', mode)
    const server = await startGraphQLServer(api.payload)
    try {
      const { body } = await server.post('{ followUp(programme: "kmpp-2017", year: 1989) { year } }')
      expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/1990 to 2100/), extensions: { code: 'BAD_USER_INPUT' } })
      expect(body.errors?.[0].extensions).not.toHaveProperty('stacktrace')
    } finally {
      await server.close()
    }
  })
})
