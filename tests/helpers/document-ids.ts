import { randomBytes, randomUUID } from 'node:crypto'
import type { Payload } from 'payload'

const onMongoDB = (payload: Payload) => payload.db.name === 'mongoose'
const objectId = () => randomBytes(12).toString('hex')

/** An ID of the form the adapter in use gives (an ObjectId on MongoDB, else a uuid) that names no document. */
export function unknownDocumentId(payload: Payload): string {
  return onMongoDB(payload) ? objectId() : randomUUID()
}

/** An ID of the other adapters' form, which the adapter in use cannot parse. */
export function foreignDocumentId(payload: Payload): string {
  return onMongoDB(payload) ? randomUUID() : objectId()
}
