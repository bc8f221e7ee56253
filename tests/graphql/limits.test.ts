import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { QUERY_LIMITS } from '../../graphql/server'
import { seedProgramme } from '../../src/seed/seed'
import { startGraphQLServer } from '../helpers/graphql-http'
import { testPayload } from '../helpers/payload'

let api: Awaited<ReturnType<typeof startGraphQLServer>>

beforeAll(async () => {
  const payload = await testPayload()
  await seedProgramme(payload)
  api = await startGraphQLServer(payload)
})
afterAll(() => api?.close())

/** programme { focusAreas { programme { focusAreas ... { slug } } } }, `levels` fields deep below the root. */
function deepQuery(levels: number): string {
  const fields = Array.from({ length: levels }, (_, i) => (i % 2 ? 'programme' : 'focusAreas'))
  return `{ programme(slug: "kmpp-2017") { ${fields.map((f) => `${f} { `).join('')}slug${' }'.repeat(levels)} } }`
}

/** The same chain as deepQuery, one fragment per level, as colocated component fragments nest. */
function deepFragments(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) => {
    const [type, field] = i % 2 ? ['FocusArea', 'programme'] : ['Programme', 'focusAreas']
    return `fragment L${i} on ${type} { ${field} { ${i === levels - 1 ? 'slug' : `...L${i + 1}`} } }`
  })
  return `{ programme(slug: "kmpp-2017") { ...L0 } } ${fragments.join(' ')}`
}

/** A follow-up page as a frontend colocates it: report -> focus area section -> goal card -> indicator chart -> badge. */
const COLOCATED_REPORT = `query ReportPage($year: Int!) { followUp(programme: "kmpp-2017", year: $year) { ...Report } }
fragment Report on FollowUpReport { year ...Totals focusAreas { ...FocusAreaSection } }
fragment Totals on FollowUpReport { statusCounts { ...StatusCountFields } }
fragment StatusCountFields on StatusCount { status count }
fragment FocusAreaSection on FocusAreaFollowUp {
  focusArea { ...FocusAreaHeading } statusCounts { ...StatusCountFields } goals { ...GoalCard }
}
fragment FocusAreaHeading on FocusArea { slug title }
fragment GoalCard on GoalFollowUp { milestoneGoal { ...GoalHeading } status change indicators { ...IndicatorChart } }
fragment GoalHeading on MilestoneGoal { code text responsible { ...OrganisationName } }
fragment OrganisationName on Organisation { name }
fragment IndicatorChart on Indicator { name unit series { ...Point } target { ...Point } progress { ...ProgressBadge } }
fragment Point on DataPoint { year value }
fragment ProgressBadge on Progress { status ...ProgressFigures }
fragment ProgressFigures on Progress { ratio ... on Progress { method } }`

/** COLOCATED_REPORT written inline: the same result. */
const INLINE_REPORT = `query ReportPage($year: Int!) { followUp(programme: "kmpp-2017", year: $year) {
  year statusCounts { status count }
  focusAreas {
    focusArea { slug title } statusCounts { status count }
    goals {
      milestoneGoal { code text responsible { name } } status change
      indicators { name unit series { year value } target { year value } progress { status ratio method } }
    }
  }
} }`

const FULL_REPORT = `query Report($year: Int!) {
  followUp(programme: "kmpp-2017", year: $year, locale: EN) {
    year goalCount assessedCount shareAchievedOrOnTrack statusCounts { status count }
    programme { title years }
    focusAreas {
      focusArea { slug title kind goal clarifications }
      statusCounts { status count } assessedCount shareAchievedOrOnTrack
      goals {
        milestoneGoal { id code text targetYear responsible { name kind } }
        status previousStatus change commentary disagreement
        indicators {
          id name unit direction baseline { year value } target { year value }
          series { year value note } latest { year value }
          trend { status slope relativeSlope }
          progress { status ratio observedRate requiredRate method baseYear currentYear }
        }
      }
    }
    changes { milestoneGoal { code } previousStatus status change }
    dueThisYear { milestoneGoal { code } status }
    disagreements { milestoneGoal { code } status }
    news { slug title lead publishedAt heroImage { url alt } contact { name role phone email } }
  }
}`

describe('query limits', () => {
  it('a full follow-up report, the largest query a frontend needs, passes', async () => {
    const { status, body } = await api.post(FULL_REPORT, { year: 2020 })
    expect(body.errors).toBeUndefined()
    expect(status).toBe(200)
    expect(body.data.followUp.focusAreas).toHaveLength(5)
  })

  it(`a query nested deeper than ${QUERY_LIMITS.depth} is refused before it runs`, async () => {
    expect((await api.post(deepQuery(QUERY_LIMITS.depth - 2))).body.errors).toBeUndefined()
    const { status, body } = await api.post(deepQuery(50))
    expect(status).toBe(400)
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED')
    expect(body.errors?.map((e) => e.message).join(' ')).toMatch(/depth limit of 12/i)
    expect(body.errors?.[0].message).not.toMatch(/Syntax Error/)
  })

  it('fragments add no depth: a report colocated in fragments passes as its inline form does', async () => {
    const inline = await api.post(INLINE_REPORT, { year: 2020 })
    expect(inline.body.errors).toBeUndefined()
    const colocated = await api.post(COLOCATED_REPORT, { year: 2020 })
    expect(colocated.body.errors).toBeUndefined()
    expect(colocated.status).toBe(200)
    expect(colocated.body.data).toEqual(inline.body.data)
  })

  it('a query written in fragments is as deep as its result: at the limit it passes, past it it is refused', async () => {
    const atLimit = await api.post(deepFragments(QUERY_LIMITS.depth - 2))
    expect(atLimit.body.errors).toBeUndefined()
    expect(atLimit.body.data).toEqual((await api.post(deepQuery(QUERY_LIMITS.depth - 2))).body.data)
    const { status, body } = await api.post(deepFragments(QUERY_LIMITS.depth - 1))
    expect(status).toBe(400)
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED')
    expect(body.errors?.[0].message).toBe(`Query depth limit of ${QUERY_LIMITS.depth} exceeded, found ${QUERY_LIMITS.depth + 1}.`)
    expect((await api.post(deepFragments(50))).status).toBe(400)
  })

  it.each([
    ['spreads itself', '{ programmes { ...A } } fragment A on Programme { focusAreas { programme { ...A } } }'],
    [
      'spreads one that spreads it',
      '{ programmes { ...A } } fragment A on Programme { ...B } fragment B on Programme { focusAreas { programme { ...A } } }',
    ],
  ])('a fragment that %s is refused', async (_, query) => {
    const { status, body } = await api.post(query)
    expect(status).toBe(400)
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED')
    expect(body.errors?.map((e) => e.message).join(' ')).toMatch(/Cannot spread fragment "A" within itself/)
  })

  it('a fragment bomb (each fragment spreading the next twice, 2^40 spreads in all) is refused, and the API answers on', async () => {
    const levels = 40
    const fragments = Array.from({ length: levels }, (_, i) => `fragment B${i} on Query { ...B${i + 1} ...B${i + 1} }`)
    const { status, body } = await api.post(`{ ...B0 } ${fragments.join(' ')} fragment B${levels} on Query { programmes { slug } }`)
    expect(status).toBe(400)
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED')
    expect(body.errors?.[0].message).toMatch(/^Query Cost limit of 5000 exceeded/)
    expect((await api.post('{ programmes { slug } }')).body).toEqual({ data: { programmes: [{ slug: 'kmpp-2017' }] } })
  })

  it(`more than ${QUERY_LIMITS.aliases} aliases are refused`, async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: programmes { slug }`).join(' ')} }`
    expect((await api.post(aliases(QUERY_LIMITS.aliases))).body.errors).toBeUndefined()
    const { status, body } = await api.post(aliases(QUERY_LIMITS.aliases + 1))
    expect(status).toBe(400)
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED')
    expect(body.errors?.[0].message).toMatch(/alias/i)
    expect(body.errors?.[0].message).not.toMatch(/Syntax Error/)
    expect((await api.post(aliases(1000))).status).toBe(400)
  })

  it('a query of too many tokens is refused', async () => {
    const fields = Array.from({ length: QUERY_LIMITS.tokens }, () => 'slug').join(' ')
    const { status, body } = await api.post(`{ programmes { ${fields} } }`)
    expect(status).toBe(400)
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED')
    expect(body.errors?.[0].message).toMatch(/^Document contains more \w+ 2000 tokens/)
  })

  it('a query too costly in total is refused', async () => {
    const page = 'news(first: 100) { edges { cursor node { id slug title lead publishedAt } } }'
    const aliases = Array.from({ length: 3 }, (_, i) => `p${i}: ${page}`).join(' ')
    const { status, body } = await api.post(`{ ${aliases} }`)
    expect(status).toBe(400)
    expect(body.errors?.[0].message).toMatch(/^Query Cost limit/)
  })
})
