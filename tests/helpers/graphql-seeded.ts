import type { Payload } from 'payload'
import { expect } from 'vitest'

import type { Role } from '../../collections/roles'
import { indicators as seedIndicators } from '../../src/seed/data/indicators'
import { programme as seedProgrammeData } from '../../src/seed/data/programme'
import type { SeedMilestoneGoal, SeedStatus } from '../../src/seed/data/types'
import { seedProgramme } from '../../src/seed/seed'
import { type GraphQLResponse, startGraphQLServer } from './graphql-http'
import { testPayload, userWithRole } from './payload'

export type SeededApi = Awaited<ReturnType<typeof startGraphQLServer>> & { payload: Payload }

/** Payload on this test file's fresh database, the KMPP seed loaded, and /graphql served over HTTP. */
export async function seededApi(): Promise<SeededApi> {
  const payload = await testPayload()
  await seedProgramme(payload)
  return { payload, ...(await startGraphQLServer(payload)) }
}

/** The data of a response that must have succeeded; fails with the errors otherwise. */
export function dataOf<T = any>(response: GraphQLResponse<T>): T {
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined()
  expect(response.status).toBe(200)
  return response.body.data as T
}

/** The code of a response's first error; fails when it has none. */
export function errorCodeOf(response: GraphQLResponse): string | undefined {
  expect(response.body.errors?.length, `expected an error, got ${JSON.stringify(response.body)}`).toBeGreaterThan(0)
  return response.body.errors![0].extensions?.code
}

/** Headers that sign a request in as a new account with `role`, the way a Payload login does. */
export async function loginHeaders(payload: Payload, role: Role): Promise<Record<string, string>> {
  const user = await userWithRole(payload, role)
  const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: 'test-password-123' } })
  if (!token) throw new Error(`No token for the ${role} account`)
  return { Authorization: `JWT ${token}` }
}

/** The milestone goals' IDs by code in the programme with `slug` (the seeded KMPP by default), e.g. '4.6' -> its ID. */
export async function goalIdsByCode(payload: Payload, slug = 'kmpp-2017'): Promise<Map<string, string>> {
  const {
    docs: [programme],
  } = await payload.find({ collection: 'programmes', where: { slug: { equals: slug } }, depth: 0, overrideAccess: true })
  const { docs } = await payload.find({
    collection: 'milestone-goals',
    where: { programme: { equals: programme.id } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Map(docs.map((goal) => [goal.code, String(goal.id)]))
}

/** The seed's milestone goals in the programme's order (which is code order). */
export const SEED_GOALS = seedProgrammeData.focusAreas.flatMap((focusArea) => focusArea.milestoneGoals)

/** A seeded goal's published status in `year` as the seed data gives it; not_assessed when it has none. */
export function seedStatusIn(goal: SeedMilestoneGoal, year: number): SeedStatus {
  return (goal.followUps as Partial<Record<number, { status: SeedStatus }>>)[year]?.status ?? 'not_assessed'
}

/** A seeded indicator by its key. */
export function seedIndicator(key: string) {
  const indicator = seedIndicators.find((candidate) => candidate.key === key)
  if (!indicator) throw new Error(`No seeded indicator ${key}`)
  return indicator
}
