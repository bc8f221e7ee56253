import path from 'node:path'
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '@/src/migrations-mongodb'
import { canBeDocumentId } from '@/src/read/document-ids'
import { checkTransactions } from '@/src/server/mongodb-transactions'
import { unconnectedPayload } from '../helpers/schema-only'

// Payload on MongoDB, never connected: what the adapter is given can be checked without a server.
let payload: Payload
let adapter: MongooseAdapter

beforeAll(async () => {
  payload = await unconnectedPayload('mongodb://127.0.0.1:9/kmpp')
  adapter = payload.db as unknown as MongooseAdapter
})

describe('on MongoDB', () => {
  it('an ID is an ObjectId: a uuid or anything else names no document', () => {
    expect(payload.db.name).toBe('mongoose')
    expect(canBeDocumentId(payload, '65a1f0c2e4b0a1b2c3d4e5f6')).toBe(true)
    expect(canBeDocumentId(payload, '65A1F0C2E4B0A1B2C3D4E5F6')).toBe(true)
    for (const id of ['0b1e2c3d-4f50-4a6b-8c7d-9e0f1a2b3c4d', '65a1f0c2e4b0a1b2c3d4e5f', 'abc', '', "' OR 1=1 --"]) {
      expect(canBeDocumentId(payload, id), id).toBe(false)
    }
  })

  it('builds the indexes, unique ones too, before serving', () => {
    expect(adapter.ensureIndexes).toBe(true)
  })

  it('applies the committed migrations of src/migrations-mongodb on a production start', () => {
    expect(path.relative(process.cwd(), adapter.migrationDir)).toBe(path.join('src', 'migrations-mongodb'))
    expect(adapter.prodMigrations?.map(({ name }) => name)).toEqual(migrations.map(({ name }) => name))
  })

  it('asks the server on connecting whether its writes can be in transactions', () => {
    expect(adapter.afterOpenConnection).toBe(checkTransactions)
  })

  it('sets no collation, which would keep MongoDB from using the slug indexes', () => {
    expect(adapter.collation).toBeUndefined()
  })
})
