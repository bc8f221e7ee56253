import { parse } from 'graphql'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createContext, type GraphQLContext } from '../../graphql/context'
import { schema } from '../../graphql/executable-schema'
import { requestedFields } from '../../graphql/selective-reads'
import { createFollowUpApi, type FollowUpApi } from '../../graphql/server'
import type { User } from '../../src/payload-types'
import { seedProgramme } from '../../src/seed/seed'
import { richTextFromParagraphs } from '../../src/shared/richtext'
import { testPayload, userWithRole } from '../helpers/payload'
import { createAction, programmeId, roundOf } from './action-fixtures'

const asObject = (fields: ReturnType<typeof requestedFields>) =>
  Object.fromEntries([...fields].map(([type, names]) => [type, [...names].sort()]))

describe('the fields an operation asks for', () => {
  it('are collected per type through nested selections, named fragments and inline fragments', () => {
    const document = parse(`
      query Report($year: Int!) {
        followUp(programme: "kmpp-2017", year: $year) { year goals { ...Goal } }
        news { edges { node { ... on NewsItem { slug draft } } } }
      }
      fragment Goal on GoalFollowUp { status milestoneGoal { code } indicators { progress { status } } }`)
    expect(asObject(requestedFields(schema, document))).toEqual({
      Query: ['followUp', 'news'],
      FollowUpReport: ['goals', 'year'],
      GoalFollowUp: ['indicators', 'milestoneGoal', 'status'],
      MilestoneGoal: ['code'],
      Indicator: ['progress'],
      Progress: ['status'],
      NewsConnection: ['edges'],
      NewsEdge: ['node'],
      NewsItem: ['draft', 'slug'],
    })
  })
})

/**
 * A selection of every field of `typeName`, objects included to `depth` levels; fields with
 * required arguments get 2020 (a year), or "1.1" when they take a text (a goal's code).
 */
function everyField(typeName: string, depth: number): string {
  const type = schema.getType(typeName) as unknown as {
    getFields: () => Record<string, { type: { toString(): string }; args: Array<{ name: string; type: { toString(): string } }> }>
  }
  return Object.entries(type.getFields())
    .map(([name, field]) => {
      const args = field.args
        .filter((arg) => arg.type.toString().endsWith('!'))
        .map((arg) => `${arg.name}: ${arg.type.toString() === 'String!' ? '"1.1"' : 2020}`)
      const call = args.length ? `${name}(${args.join(', ')})` : name
      const fieldType = schema.getType(field.type.toString().replace(/[[\]!]/g, '')) as unknown as { getFields?: unknown }
      if (!fieldType.getFields) return call
      return depth > 0 ? `${call} { ${everyField(String(fieldType), depth - 1)} }` : `${call} { __typename }`
    })
    .join(' ')
}

describe('reading only the requested fields', () => {
  let payload: Payload
  let api: FollowUpApi
  let editor: User
  const ids = { goal: '', indicator: '' }

  beforeAll(async () => {
    payload = await testPayload()
    await seedProgramme(payload)
    api = createFollowUpApi(payload)
    editor = await userWithRole(payload, 'strategist')
    const {
      docs: [goal],
    } = await payload.find({ collection: 'milestone-goals', where: { code: { equals: '1.1' } }, depth: 0 })
    ids.goal = goal.id
    ids.indicator = String(goal.indicators?.[0])
    await createAction(payload, {
      title: 'Laddstolpar vid förskolor',
      description: richTextFromParagraphs(['Kommunen sätter upp laddstolpar.']),
      milestoneGoals: [goal.id],
      responsible: (goal.responsible ?? []).map(String),
      startYear: 2019,
      updates: [2019, 2020].map((year) => ({ year, text: `Gjort ${year}.` })),
    })
  })
  afterAll(() => api?.server.stop())

  /** The answer with the reads the operation needs, and with whole documents (a context that ignores the operation's fields). */
  async function bothWays(query: string, user: User | null = null) {
    const answer = async (contextValue: GraphQLContext) => {
      const response = await api.server.executeOperation({ query }, { contextValue })
      if (response.body.kind !== 'single') throw new Error('expected a single result')
      expect(response.body.singleResult.errors).toBeUndefined()
      return response.body.singleResult.data as Record<string, any>
    }
    const selective = await answer(createContext(payload, user))
    const whole = await answer({ ...createContext(payload, user), readOnly: () => {} })
    return { selective, whole }
  }

  it.each([
    ['programmes', () => `{ programmes { ${everyField('Programme', 1)} } }`],
    ['focus areas', () => `{ programme(slug: "kmpp-2017") { focusAreas { ${everyField('FocusArea', 1)} } } }`],
    ['a milestone goal', () => `{ milestoneGoal(id: "${ids.goal}") { ${everyField('MilestoneGoal', 1)} } }`],
    ['an indicator', () => `{ indicator(id: "${ids.indicator}") { ${everyField('Indicator', 1)} } }`],
    [
      'a follow-up report',
      () => `{ followUp(programme: "kmpp-2017", year: 2020) {
        ${everyField('FollowUpReport', 1)} goals { ${everyField('GoalFollowUp', 1)} }
      } }`,
    ],
    [
      'a follow-up report in English',
      () => `{ followUp(programme: "kmpp-2017", year: 2020, locale: EN) {
        focusAreas { ${everyField('FocusAreaFollowUp', 1)} } goals { ${everyField('GoalFollowUp', 1)} }
      } }`,
    ],
    ['organisations', () => `{ organisations { ${everyField('Organisation', 1)} } }`],
    ['news', () => `{ news(first: 10) { totalCount edges { cursor node { ${everyField('NewsItem', 1)} } } } }`],
    ['actions', () => `{ actions(first: 10) { totalCount edges { cursor node { ${everyField('Action', 1)} } } } }`],
  ])('answers for every field of %s as reading whole documents does', async (_, query) => {
    const { selective, whole } = await bothWays(query())
    expect(JSON.stringify(selective).length).toBeGreaterThan(500)
    expect(selective).toEqual(whole)
  })

  it('answers a follow-up round as reading whole documents does', async () => {
    const query = `{ followUpRound(programme: "kmpp-2017", year: 2022) {
      ${everyField('FollowUpRound', 0)} organisations { ${everyField('OrganisationInRound', 1)} } } }`
    await roundOf(payload, await programmeId(payload), 2022, 'review')
    const { selective, whole } = await bothWays(query, editor)
    expect(selective.followUpRound.organisations.length).toBeGreaterThan(0)
    expect(selective).toEqual(whole)
  })

  it('answers an editor’s preview, drafts included, as reading whole documents does', async () => {
    const {
      docs: [focusArea],
    } = await payload.find({ collection: 'focus-areas', limit: 1, depth: 0 })
    await payload.create({
      collection: 'news',
      draft: true,
      data: {
        title: 'Utkast om uppföljningen',
        slug: 'utkast-om-uppfoljningen',
        followUpYear: 2020,
        focusAreas: [focusArea.id],
        _status: 'draft',
      },
    })
    // Eight news items keep the query, every field of each, within the cost limit.
    const query = `{
      followUp(programme: "kmpp-2017", year: 2020, preview: true) {
        ${everyField('FollowUpReport', 0)} goals { ${everyField('GoalFollowUp', 1)} } news { ${everyField('NewsItem', 1)} }
      }
      news(first: 8, preview: true) { edges { node { ${everyField('NewsItem', 1)} } } }
    }`
    const { selective, whole } = await bothWays(query, editor)
    expect(selective.followUp.news).toContainEqual(expect.objectContaining({ slug: 'utkast-om-uppfoljningen', draft: true }))
    expect(selective).toEqual(whole)
  })
})
