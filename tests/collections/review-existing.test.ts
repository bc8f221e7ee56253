import { beforeAll, expect, it } from 'vitest'

import { makeProgramme } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { testDatabaseKind } from '../helpers/test-database'

let payload: Awaited<ReturnType<typeof testPayload>>

beforeAll(async () => {
  payload = await testPayload()
})

/** The data migration of this adapter that approves what was published before rounds existed. */
async function approvePublished() {
  const migration =
    testDatabaseKind() === 'postgres'
      ? await import('../../src/migrations-postgres/20261207_031448_approve_published_follow_ups')
      : await import('../../src/migrations/20261207_031404_approve_published_follow_ups')
  await migration.up({ db: payload.db.drizzle, payload, req: {} } as never)
}

it('follow-ups published before rounds existed become approved, with their published versions; drafts stay drafts', async () => {
  const { followUp: published, goal } = await makeProgramme(payload)
  const draft = await payload.create({
    collection: 'follow-ups',
    data: { milestoneGoal: goal.id, year: 2020, status: 'at_risk' },
    draft: true,
    overrideAccess: true,
  })
  const review = async (id: string) => {
    const doc = await payload.findByID({ collection: 'follow-ups', id, overrideAccess: true })
    const versions = await payload.findVersions({ collection: 'follow-ups', where: { parent: { equals: id } }, overrideAccess: true })
    return { doc: doc.review, versions: versions.docs.map((version) => `${version.version._status}:${version.version.review}`) }
  }
  expect(await review(published.id)).toEqual({ doc: 'draft', versions: ['published:draft'] })

  await approvePublished()

  expect(await review(published.id)).toEqual({ doc: 'approved', versions: ['published:approved'] })
  expect(await review(draft.id)).toEqual({ doc: 'draft', versions: ['draft:draft'] })
})
