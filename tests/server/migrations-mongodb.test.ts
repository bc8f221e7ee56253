import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { type CollectionSlug, createLocalReq, type Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { derivedName } from '@/collections/derived/field'
import { derivedFields } from '@/collections/derived/index'
import { migrations } from '@/src/migrations-mongodb'
import { makeNews, makeProgramme } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

const dir = path.resolve('src/migrations-mongodb')
const migrationFiles = () => readdirSync(dir).filter((file) => file.endsWith('.ts') && file !== 'index.ts')

/** The derived fields a migration fills: the names it gives fillDerivedFields. */
function namesFilledBy(file: string): string[] {
  const source = readFileSync(path.join(dir, file), 'utf8')
  const lists = [...source.matchAll(/fillDerivedFields\([^)]*?names:\s*\[([^\]]*)\]/g)].map((match) => match[1])
  return lists.flatMap((list) => [...list.matchAll(/'([^']+)'/g)].map((name) => name[1]))
}

/**
 * Stores the document as it was before its derived fields existed, keeping its time of update. The
 * adapter replaces a document's localised values as a whole, so the whole document is written back.
 */
async function storeWithoutDerived(payload: Payload, collection: CollectionSlug, id: string) {
  const doc = await payload.findByID({ collection, id, depth: 0, overrideAccess: true, locale: 'all' })
  const fields = payload.collections[collection].config.flattenedFields
  const data: Record<string, unknown> = { ...doc }
  for (const field of derivedFields.filter((derived) => derived.collection === collection)) {
    const localized = fields.some(({ name, localized }) => name === field.name && localized)
    const locales = Object.keys((data[field.name] as object | null) ?? { sv: null })
    data[field.name] = localized ? Object.fromEntries(locales.map((locale) => [locale, null])) : null
  }
  await payload.db.updateOne({ collection, id, data })
}

// MongoDB has no schema: what its migrations do is bring derived data up to date (src/migrations/README.md).
describe('the MongoDB migrations (src/migrations-mongodb)', () => {
  it('are all in its index, in the order of their names', () => {
    expect(migrations.map(({ name }) => `${name}.ts`)).toEqual(migrationFiles().sort())
  })

  it('fill every declared derived field: a new one needs a migration that names it', () => {
    const filled = migrationFiles().flatMap(namesFilledBy)
    expect([...new Set(filled)].sort()).toEqual(derivedFields.map(derivedName).sort())
  })

  it('on the adapter in use, fill the derived fields of documents stored without them', async () => {
    const payload = await testPayload()
    const { indicator, goal, followUp } = await makeProgramme(payload)
    const news = await makeNews(payload, 'published', { milestoneGoals: [goal.id] })
    const ids: Record<string, string> = { indicators: indicator.id, 'milestone-goals': goal.id, 'follow-ups': followUp.id, news: news.id }
    // Each derived field's value, as Swedish reads it.
    const derivedValues = async () => {
      const values: Record<string, unknown> = {}
      for (const field of derivedFields) {
        const doc = await payload.findByID({ collection: field.collection, id: ids[field.collection], depth: 0, overrideAccess: true })
        values[derivedName(field)] = (doc as unknown as Record<string, unknown>)[field.name] ?? null
      }
      return values
    }
    const before = await derivedValues()
    expect(Object.values(before)).not.toContain(null)

    for (const collection of Object.keys(ids)) await storeWithoutDerived(payload, collection as CollectionSlug, ids[collection])
    expect(Object.values(await derivedValues())).toEqual(derivedFields.map(() => null))
    const req = await createLocalReq({}, payload)
    for (const migration of migrations) await migration.up({ payload, req })
    expect(await derivedValues()).toMatchObject(before)
  })
})
