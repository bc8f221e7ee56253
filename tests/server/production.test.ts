import { execFile } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { promisify } from 'node:util'
import { type Client, createClient } from '@libsql/client'
import { describe, expect, it } from 'vitest'

import { type RichText, richTextToPlainText } from '../../src/shared/richtext'
import { testDatabaseKind } from '../helpers/test-database'

const run = promisify(execFile)

// SQLite's production path, on SQLite files of its own: run once, with the suite on SQLite.
describe.runIf(testDatabaseKind() === 'sqlite')('production on SQLite', () => {
  it('a fresh database gets its schema from the committed migrations, and the seed loads into it', async () => {
    const file = path.resolve('tests/.tmp', `production-${randomUUID()}.db`)
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URI: `file:${file}`,
      PAYLOAD_SECRET: 'production-test-secret',
    }
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

  /** A seeded database as it was before `migrations`, brought up to date by the next start; then `check`. */
  async function migrateSeededDatabase(migrations: string[], undo: string[], check: (db: Client) => Promise<void>) {
    const file = path.resolve('tests/.tmp', `production-${randomUUID()}.db`)
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URI: `file:${file}`,
      PAYLOAD_SECRET: 'production-test-secret',
    }
    await run('npm', ['run', 'seed'], { env, timeout: 120_000 })
    const db = createClient({ url: `file:${file}` })
    for (const migration of migrations) {
      await db.execute({ sql: 'delete from payload_migrations where name like ?', args: [`%${migration}`] })
    }
    for (const statement of undo) await db.execute(statement)
    await run('npm', ['run', 'seed'], { env, timeout: 120_000 })
    await check(db)
    db.close()
  }

  it('a later migration brings existing indicators up to date: the series read model from their measurements', async () => {
    await migrateSeededDatabase(['indicator_series', 'series_provenance'], ['alter table indicators drop column series'], async (db) => {
      const { rows } = await db.execute(
        'select i.series, (select count(*) from indicators_measurements m where m._parent_id = i.id) as n from indicators i',
      )
      expect(rows.length).toBeGreaterThan(0)
      for (const row of rows) expect(JSON.parse(String(row.series))).toHaveLength(Number(row.n))
    })
  }, 300_000)

  it('a later migration renders the commentary of existing follow-ups, in every locale and version', async () => {
    const undo = [
      'alter table follow_ups drop column commentary_rendered',
      'alter table _follow_ups_v drop column version_commentary_rendered',
    ]
    await migrateSeededDatabase(['follow_up_commentary_rendered'], undo, async (db) => {
      for (const [table, prefix] of [
        ['follow_ups', ''],
        ['_follow_ups_v', 'version_'],
      ]) {
        const { rows } = await db.execute(
          `select t.${prefix}commentary_rendered as rendered, json_group_object(l._locale, l.${prefix}commentary) as commentary
           from ${table} t join ${table}_locales l on l._parent_id = t.id group by t.id`,
        )
        expect(rows.length).toBeGreaterThan(0)
        for (const row of rows) {
          const rendered = JSON.parse(String(row.rendered))
          const commentary: Record<string, RichText> = JSON.parse(String(row.commentary))
          expect(Object.keys(rendered).sort()).toEqual(Object.keys(commentary).sort())
          for (const [locale, richText] of Object.entries(commentary)) {
            const text = richTextToPlainText(typeof richText === 'string' ? JSON.parse(richText) : richText)
            expect(text.length).toBeGreaterThan(0)
            expect(rendered[locale]).toEqual({ html: `<p>${text}</p>`, text })
          }
        }
      }
    })
  }, 300_000)

  it('refuses to start without PAYLOAD_SECRET', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URI: `file:${path.resolve('tests/.tmp', `${randomUUID()}.db`)}`,
    }
    delete env.PAYLOAD_SECRET
    const result = await run('npm', ['run', 'seed'], { env, timeout: 120_000 }).catch((error) => error)
    expect(result.code).not.toBe(0)
    expect(`${result.stdout}${result.stderr}`).toMatch(/PAYLOAD_SECRET is not set/)
  }, 150_000)
})
