import type { Payload } from 'payload'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const OBJECT_ID = /^[0-9a-f]{24}$/i

/**
 * Whether `id` can name a document on this database: a uuid on SQLite and PostgreSQL, an ObjectId
 * on MongoDB. Any other ID names no document, and is not sent to the database, which may refuse
 * it with an error (PostgreSQL for a uuid column, MongoDB for an ObjectId).
 */
export function canBeDocumentId(payload: Payload, id: string): boolean {
  return (payload.db.name === 'mongoose' ? OBJECT_ID : UUID).test(id)
}
