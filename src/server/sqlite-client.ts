import type { Payload } from 'payload'

export type SQLiteClient = { execute: (sql: string) => Promise<{ rows: Array<Record<string, unknown>> }> }

/** The libSQL client of the SQLite adapter, or undefined on any other adapter. */
export function sqliteClient(payload: Payload): SQLiteClient | undefined {
  if (payload.db.name !== 'sqlite') return undefined
  const client = (payload.db as unknown as { client?: SQLiteClient }).client
  return typeof client?.execute === 'function' ? client : undefined
}
