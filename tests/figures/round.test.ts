import { describe, expect, it } from 'vitest'

import { type GoalInRound, roundProgress } from '../../src/figures'

describe('roundProgress', () => {
  it('counts nothing in a programme without goals', () => {
    expect(roundProgress([])).toEqual({ goals: 0, submitted: 0, approved: 0, returned: 0, missing: 0, organisations: [] })
  })

  it('counts a goal without a follow-up and one still in draft as missing', () => {
    const goals: GoalInRound[] = [
      { responsible: ['a'], review: null },
      { responsible: ['a'], review: 'draft' },
    ]
    expect(roundProgress(goals)).toMatchObject({ goals: 2, missing: 2, submitted: 0 })
  })

  it('counts every goal once in the totals and once for each organisation responsible for it', () => {
    const goals: GoalInRound[] = [
      { responsible: ['a', 'b'], review: 'submitted' },
      { responsible: ['a'], review: 'approved' },
      { responsible: ['b'], review: 'returned' },
      { responsible: [], review: 'approved' },
      { responsible: ['c'], review: null },
    ]
    expect(roundProgress(goals)).toEqual({
      goals: 5,
      submitted: 1,
      approved: 2,
      returned: 1,
      missing: 1,
      organisations: [
        { organisation: 'a', goals: 2, submitted: 1, approved: 1, returned: 0, missing: 0 },
        { organisation: 'b', goals: 2, submitted: 1, approved: 0, returned: 1, missing: 0 },
        { organisation: 'c', goals: 1, submitted: 0, approved: 0, returned: 0, missing: 1 },
      ],
    })
  })
})
