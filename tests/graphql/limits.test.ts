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
  })

  it(`more than ${QUERY_LIMITS.aliases} aliases are refused`, async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: programmes { slug }`).join(' ')} }`
    expect((await api.post(aliases(QUERY_LIMITS.aliases))).body.errors).toBeUndefined()
    const { status, body } = await api.post(aliases(QUERY_LIMITS.aliases + 1))
    expect(status).toBe(400)
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED')
    expect(body.errors?.[0].message).toMatch(/alias/i)
    expect((await api.post(aliases(1000))).status).toBe(400)
  })

  it('a query of too many tokens is refused', async () => {
    const fields = Array.from({ length: QUERY_LIMITS.tokens }, () => 'slug').join(' ')
    const { status, body } = await api.post(`{ programmes { ${fields} } }`)
    expect(status).toBe(400)
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED')
    expect(body.errors?.[0].message).toMatch(/2000 tokens/i)
  })

  it('a query too costly in total is refused', async () => {
    const page = 'news(first: 100) { edges { cursor node { id slug title lead publishedAt } } }'
    const aliases = Array.from({ length: 3 }, (_, i) => `p${i}: ${page}`).join(' ')
    const { status, body } = await api.post(`{ ${aliases} }`)
    expect(status).toBe(400)
    expect(body.errors?.[0].message).toMatch(/cost/i)
  })
})
