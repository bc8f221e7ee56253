import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

import { benchDatabase, benchDatabaseKind } from '@/bench/database'

describe('the database the benchmark runs on', () => {
  let work: string | undefined

  afterEach(() => {
    if (work) rmSync(work, { recursive: true, force: true })
  })

  it('is SQLite unless BENCH_DATABASE says postgres, and nothing else', () => {
    expect(benchDatabaseKind(undefined)).toBe('sqlite')
    expect(benchDatabaseKind(' postgres ')).toBe('postgres')
    expect(() => benchDatabaseKind('mongodb')).toThrow('BENCH_DATABASE "mongodb" is not supported')
  })

  it('on SQLite, copies the file with its write-ahead log for the reference server', async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'kmpp-bench-'))
    const database = await benchDatabase('sqlite', work)
    expect(database).toMatchObject({ name: 'SQLite', uri: `file:${path.join(work, 'bench.db')}` })
    writeFileSync(path.join(work, 'bench.db'), 'pages')
    writeFileSync(path.join(work, 'bench.db-wal'), 'log')
    const reference = await database.copyToReference()
    expect(reference).toBe(`file:${path.join(work, 'reference.db')}`)
    expect(readFileSync(path.join(work, 'reference.db'), 'utf8')).toBe('pages')
    expect(readFileSync(path.join(work, 'reference.db-wal'), 'utf8')).toBe('log')
  })

  it('on PostgreSQL, asks for the cluster that npm run bench starts', async () => {
    const saved = process.env.TEST_DATABASE_URI
    delete process.env.TEST_DATABASE_URI
    try {
      await expect(benchDatabase('postgres', os.tmpdir())).rejects.toThrow('runs inside scripts/test-postgres.sh')
    } finally {
      if (saved !== undefined) process.env.TEST_DATABASE_URI = saved
    }
  })
})
