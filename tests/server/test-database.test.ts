import { describe, expect, it } from 'vitest'

import { databaseOnServer } from '../helpers/test-database'

// Each test file gets a database of its own on the server TEST_DATABASE_URI names.
describe('a test database on the server', () => {
  it.each([
    ['postgres://kmpp:pw@127.0.0.1:5433/postgres', 'postgres://kmpp:pw@127.0.0.1:5433/t1'],
    ['postgresql://kmpp@localhost/postgres?sslmode=require', 'postgresql://kmpp@localhost/t1?sslmode=require'],
    ['mongodb://127.0.0.1:27017', 'mongodb://127.0.0.1:27017/t1'],
    ['mongodb://a:27017,b:27017,c:27017/?replicaSet=rs0', 'mongodb://a:27017,b:27017,c:27017/t1?replicaSet=rs0'],
    ['mongodb://u:p@a:27017,b:27017/kmpp?replicaSet=rs0', 'mongodb://u:p@a:27017,b:27017/t1?replicaSet=rs0&authSource=kmpp'],
    [
      'mongodb+srv://u:p@cluster0.example.net/?retryWrites=true',
      'mongodb+srv://u:p@cluster0.example.net/t1?retryWrites=true&authSource=admin',
    ],
    ['mongodb://u:p@a/x?authSource=admin', 'mongodb://u:p@a/t1?authSource=admin'],
  ])('%s -> %s', (server, expected) => {
    expect(databaseOnServer(server, 't1')).toBe(expected)
  })
})
