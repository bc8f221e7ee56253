import { execFile } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { promisify } from 'node:util'
import { createClient } from '@libsql/client'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)

describe('production on SQLite', () => {
  it('a fresh database gets its schema from the committed migrations, and the seed loads into it', async () => {
    const file = path.resolve('tests/.tmp', `production-${randomUUID()}.db`)
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DATABASE_URI: `file:${file}`, PAYLOAD_SECRET: 'production-test-secret' }
    delete env.SEED_PASSWORD
    const { stdout } = await run('npm', ['run', 'seed'], { env, timeout: 120_000 })
    expect(stdout).toMatch(/Seed done: \d+ documents created/)
    expect(stdout).toMatch(/0 accounts created/)

    const db = createClient({ url: `file:${file}` })
    const migrations = await db.execute('select name from payload_migrations')
    expect(migrations.rows.map((r) => r.name)).toContain((await import('../../src/migrations')).migrations[0].name)
    const goals = await db.execute('select count(*) as n from milestone_goals')
    expect(Number(goals.rows[0].n)).toBe(25)
    db.close()
  }, 150_000)

  it('a later migration brings existing indicators up to date: the series read model from their measurements', async () => {
    const file = path.resolve('tests/.tmp', `production-${randomUUID()}.db`)
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DATABASE_URI: `file:${file}`, PAYLOAD_SECRET: 'production-test-secret' }
    await run('npm', ['run', 'seed'], { env, timeout: 120_000 })
    const db = createClient({ url: `file:${file}` })
    // The database as it was before the migration that added the read model.
    await db.execute("delete from payload_migrations where name like '%indicator_series'")
    await db.execute('alter table indicators drop column series')
    await run('npm', ['run', 'seed'], { env, timeout: 120_000 })

    const { rows } = await db.execute(
      'select i.series, (select count(*) from indicators_measurements m where m._parent_id = i.id) as n from indicators i',
    )
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(JSON.parse(String(row.series))).toHaveLength(Number(row.n))
    db.close()
  }, 300_000)

  it('refuses to start without PAYLOAD_SECRET', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DATABASE_URI: `file:${path.resolve('tests/.tmp', `${randomUUID()}.db`)}` }
    delete env.PAYLOAD_SECRET
    const result = await run('npm', ['run', 'seed'], { env, timeout: 120_000 }).catch((error) => error)
    expect(result.code).not.toBe(0)
    expect(`${result.stdout}${result.stderr}`).toMatch(/PAYLOAD_SECRET is not set/)
  }, 150_000)
})
