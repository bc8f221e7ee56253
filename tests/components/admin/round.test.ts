import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadMyGoals } from '../../../src/components/admin/my-goals'
import { loadRoundOverviews } from '../../../src/components/admin/round-overview'
import type { User } from '../../../src/payload-types'
import { richTextFromParagraphs } from '../../../src/shared/richtext'
import { testPayload, userWithRole } from '../../helpers/payload'

let payload: Payload
let reporter: User
let strategist: User
const ids: Record<string, string> = {}

/** Creates a document as the seed would, a draft unless it says it is published. */
const create = async <T extends Parameters<Payload['create']>[0]['collection']>(collection: T, data: Record<string, unknown>) =>
  payload.create({ collection, data: data as never, overrideAccess: true, depth: 0, draft: data._status !== 'published' })

beforeAll(async () => {
  payload = await testPayload()
  await userWithRole(payload, 'admin')
  const programme = await create('programmes', { title: 'Omgångsprogram', slug: 'omgang', adoptedOn: '2017-10-09T00:00:00.000Z' })
  const focusArea = await create('focus-areas', {
    programme: programme.id,
    kind: 'focus_area',
    order: 1,
    title: 'O',
    slug: 'o-omgang',
    goal: 'M.',
  })
  for (const slug of ['kultur', 'skola'])
    ids[slug] = (await create('organisations', { name: `Förvaltning ${slug}`, slug, kind: 'administration' })).id
  const goal = async (code: string, responsible: string[]) =>
    (ids[code] = (
      await create('milestone-goals', { focusArea: focusArea.id, code, text: `Mål ${code}.`, targetYear: 2030, responsible })
    ).id)
  await goal('1.1', [ids.kultur])
  await goal('1.2', [ids.kultur, ids.skola])
  await goal('1.10', [ids.skola])
  await create('follow-ups', {
    milestoneGoal: ids['1.1'],
    year: 2020,
    status: 'at_risk',
    commentary: richTextFromParagraphs(['Upphandlingen blev försenad.']),
    _status: 'published',
  })
  await create('follow-ups', {
    milestoneGoal: ids['1.1'],
    year: 2021,
    status: 'on_track',
    review: 'returned',
    reviewComment: 'Ange siffror.',
  })
  await create('follow-ups', { milestoneGoal: ids['1.2'], year: 2021, status: 'achieved', review: 'submitted' })
  await create('follow-up-rounds', { programme: programme.id, year: 2021, deadline: '2022-03-31T10:00:00.000Z', state: 'open' })
  reporter = await userWithRole(payload, 'reporter', ids.kultur)
  strategist = await userWithRole(payload, 'strategist')
})

describe('the round in the admin', () => {
  it("gives a reporter their organisation's goals in the open round, with the state, the comment and last year's assessment", async () => {
    const { organisation, rounds } = await loadMyGoals(payload, reporter)
    expect(organisation).toBe('Förvaltning kultur')
    expect(rounds).toHaveLength(1)
    expect(rounds[0]).toMatchObject({ year: 2021, deadline: '2022-03-31' })
    expect(
      rounds[0].goals.map(({ goal, review, followUp, lastYear }) => ({
        code: goal.code,
        review,
        comment: followUp?.reviewComment,
        lastYear,
      })),
    ).toEqual([
      {
        code: '1.1',
        review: 'returned',
        comment: 'Ange siffror.',
        lastYear: { status: 'at_risk', commentary: 'Upphandlingen blev försenad.' },
      },
      { code: '1.2', review: 'submitted', comment: null, lastYear: null },
    ])
  })

  it("gives a strategist the round's completeness per organisation and the submissions to review", async () => {
    const [round] = await loadRoundOverviews(payload, strategist)
    expect(round.progress).toMatchObject({ goals: 3, submitted: 1, returned: 1, approved: 0, missing: 1 })
    const named = round.progress.organisations.map(({ organisation, ...counts }) => ({ name: round.names[organisation], ...counts }))
    expect(named).toEqual([
      { name: 'Förvaltning kultur', goals: 2, submitted: 1, approved: 0, returned: 1, missing: 0 },
      { name: 'Förvaltning skola', goals: 2, submitted: 1, approved: 0, returned: 0, missing: 1 },
    ])
    expect(round.toReview.map(({ goal }) => goal.code)).toEqual(['1.2'])
  })
})
