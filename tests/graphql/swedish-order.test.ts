import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { inSwedishOrder } from '@/src/shared/swedish-order'
import { startGraphQLServer } from '../helpers/graphql-http'
import { dataOf } from '../helpers/graphql-seeded'
import { testPayload } from '../helpers/payload'

// In bytes, and so in SQLite's and MongoDB's default order: Zon < avfall < Äldre < Åker < Öland.
const SWEDISH_ORDER = ['avfall', 'Zon', 'Åker', 'Äldre', 'Öland']
const shuffled = ['Öland', 'Äldre', 'Zon', 'Åker', 'avfall']

describe('inSwedishOrder', () => {
  it('puts å, ä and ö after z, ignores case first, and reads numbers by value', () => {
    expect([...shuffled].sort(inSwedishOrder((name) => name))).toEqual(SWEDISH_ORDER)
    expect(['1.10', '1.2', '10.1'].sort(inSwedishOrder((code) => code))).toEqual(['1.2', '1.10', '10.1'])
  })
})

describe('organisations on the adapter in use', () => {
  let api: Awaited<ReturnType<typeof startGraphQLServer>>

  beforeAll(async () => {
    const payload = await testPayload()
    // Test names: no real Haninge organisation of the seed begins with Å or Ö.
    for (const [i, name] of shuffled.entries()) {
      await payload.create({
        collection: 'organisations',
        data: { name: `${name} förvaltning`, slug: `organisation-${i}`, kind: 'administration' },
        overrideAccess: true,
      })
    }
    api = await startGraphQLServer(payload)
  })
  afterAll(() => api?.close())

  it('are listed by name in Swedish order', async () => {
    const { organisations } = dataOf(await api.post('{ organisations { name } }'))
    expect(organisations.map(({ name }: { name: string }) => name)).toEqual(SWEDISH_ORDER.map((name) => `${name} förvaltning`))
  })
})
