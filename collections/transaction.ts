import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { beginTransaction } from '@payloadcms/drizzle'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { sqliteClient } from '../src/server/sqlite-client'

/**
 * On SQLite, a transaction of the adapter's own kind, which Payload leaves off unless the adapter
 * is configured with transactionOptions (src/server/database.ts is not: every write would then get a
 * connection of its own). libSQL hands the adapter's connection to the transaction and opens a new
 * one for every other request, which in WAL mode reads only what is committed; that new connection
 * gets the adapter's busy timeout and synchronous setting, which libSQL does not carry over.
 */
async function beginSqliteTransaction(req: PayloadRequest): Promise<boolean> {
  const client = sqliteClient(req.payload)
  if (!client) return false
  const adapter = req.payload.db as unknown as SQLiteAdapter
  const id = await beginTransaction.call(adapter)
  if (!id) return false
  req.transactionID = id
  await client.execute(`PRAGMA busy_timeout = ${adapter.busyTimeout}`)
  if (adapter.wal) await client.execute(`PRAGMA synchronous = ${adapter.wal.synchronous}`)
  return true
}

/** Starts the request's transaction; false when the request is already in one, which its owner ends. */
async function begin(req: PayloadRequest): Promise<boolean> {
  // An adapter without transactions leaves a promise of none on a request that asked for one.
  if (req.transactionID && (await req.transactionID)) return false
  delete req.transactionID
  if (await initTransaction(req)) return true
  delete req.transactionID
  return beginSqliteTransaction(req)
}

/**
 * Runs `work` in one database transaction on `req`: every Local API call given `req` writes in it,
 * and readers see all of it once it commits, or nothing when `work` throws. PostgreSQL and MongoDB
 * (on a replica set) use Payload's transactions, SQLite the adapter's own (above).
 */
export async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const owned = await begin(req)
  try {
    const result = await work()
    if (owned) await commitTransaction(req)
    return result
  } catch (error) {
    if (owned) await killTransaction(req)
    throw error
  }
}
