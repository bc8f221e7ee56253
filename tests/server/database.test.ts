import { buildConfig, getPayload } from 'payload'
import { describe, expect, it } from 'vitest'

import { chooseDatabase, DEFAULT_DATABASE_URI, databaseAdapter } from '../../src/server/database'

describe('DATABASE_URI chooses the adapter', () => {
  it.each([
    [undefined, 'sqlite', DEFAULT_DATABASE_URI],
    ['', 'sqlite', DEFAULT_DATABASE_URI],
    ['file:./data/other.db', 'sqlite', 'file:./data/other.db'],
    ['file:/var/lib/kmpp/kmpp.db', 'sqlite', 'file:/var/lib/kmpp/kmpp.db'],
    ['postgres://kmpp:pw@db.example.net:5432/kmpp', 'postgres', 'postgres://kmpp:pw@db.example.net:5432/kmpp'],
    ['postgresql://kmpp@localhost/kmpp?sslmode=require', 'postgres', 'postgresql://kmpp@localhost/kmpp?sslmode=require'],
    ['mongodb://127.0.0.1:27017/kmpp?replicaSet=rs0', 'mongodb', 'mongodb://127.0.0.1:27017/kmpp?replicaSet=rs0'],
    ['mongodb+srv://user:pw@cluster0.example.net/kmpp', 'mongodb', 'mongodb+srv://user:pw@cluster0.example.net/kmpp'],
  ])('%s -> %s', (uri, kind, url) => {
    expect(chooseDatabase(uri)).toEqual({ kind, url })
  })

  it('builds the matching Payload adapter', () => {
    expect(databaseAdapter('file:./x.db').name).toBe('sqlite')
    expect(databaseAdapter('postgres://127.0.0.1/x').name).toBe('postgres')
    expect(databaseAdapter('mongodb://127.0.0.1/x').name).toBe('mongoose')
  })

  it.each(['mysql://user:secret@localhost/kmpp', 'postgres:/localhost/kmpp', 'kmpp.db', 'http://example.org'])(
    'refuses %s naming the accepted forms, without echoing a password',
    (uri) => {
      expect(() => chooseDatabase(uri)).toThrow(/file:.*postgres:\/\/.*mongodb:\/\/.*mongodb\+srv:\/\//)
      try {
        chooseDatabase(uri)
      } catch (error) {
        expect((error as Error).message).not.toContain('secret')
      }
    },
  )
})

describe('an unreachable MongoDB', () => {
  it('fails start-up with a clear message instead of hanging', async () => {
    const started = Date.now()
    const config = buildConfig({
      secret: 'test',
      db: databaseAdapter('mongodb://127.0.0.1:9/kmpp-unreachable'),
      collections: [{ slug: 'things', fields: [{ name: 'name', type: 'text' }] }],
      telemetry: false,
    })
    await expect(getPayload({ config, key: 'unreachable-mongodb' } as never)).rejects.toThrow(/cannot connect to MongoDB/)
    expect(Date.now() - started).toBeLessThan(15_000)
  }, 30_000)
})
