import { randomBytes, randomUUID } from 'node:crypto'

import { testDatabaseKind } from './test-database'

const objectId = () => randomBytes(12).toString('hex')

/** An ID of the form the adapter the suite runs on gives (an ObjectId on MongoDB, else a uuid) that names no document. */
export function unknownDocumentId(): string {
  return testDatabaseKind() === 'mongodb' ? objectId() : randomUUID()
}

/** An ID of the other adapters' form, which the adapter the suite runs on cannot parse. */
export function foreignDocumentId(): string {
  return testDatabaseKind() === 'mongodb' ? randomUUID() : objectId()
}
