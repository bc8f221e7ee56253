import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { previousStatus, statusChange } from '../../src/figures'
import { dataOf, errorCodeOf, SEED_GOALS, type SeededApi, seededApi } from '../helpers/graphql-seeded'

let api: SeededApi

beforeAll(async () => {
  api = await seededApi()
})
afterAll(async () => {
  await api?.close()
})

const GOAL_BY_CODE = `query ($code: String!) {
  programme(slug: "kmpp-2017") {
    milestoneGoal(code: $code) { code targetYear assessments { year status previousStatus change } }
  }
}`

// The seed's published years; its 2021 round is open, so that year stays hidden.
const PUBLISHED = [2018, 2019, 2020]

describe('Programme.milestoneGoal', () => {
  it.each(['1.1', '4.6'])(
    'finds goal %s by its code, with its published assessments and their change since the year before',
    async (code) => {
      const seed = SEED_GOALS.find((goal) => goal.code === code)!
      const data = dataOf(await api.post(GOAL_BY_CODE, { code }))
      const goal = data.programme.milestoneGoal
      expect(goal).toMatchObject({ code, targetYear: seed.targetYear })

      const statuses = Object.entries(seed.followUps)
        .map(([year, followUp]) => ({ year: Number(year), status: followUp.status }))
        .filter(({ year }) => PUBLISHED.includes(year))
      expect(goal.assessments).toEqual(
        statuses.map(({ year, status }) => {
          const previous = previousStatus(statuses, year)
          return {
            year,
            status: status.toUpperCase(),
            previousStatus: previous?.toUpperCase() ?? null,
            change: statusChange(status, previous).toUpperCase(),
          }
        }),
      )
    },
  )

  it('is null for a code the programme does not have', async () => {
    const data = dataOf(await api.post(GOAL_BY_CODE, { code: '9.99' }))
    expect(data.programme.milestoneGoal).toBeNull()
  })

  it('refuses a code longer than 20 characters', async () => {
    expect(errorCodeOf(await api.post(GOAL_BY_CODE, { code: '1'.repeat(21) }))).toBe('BAD_USER_INPUT')
  })
})
