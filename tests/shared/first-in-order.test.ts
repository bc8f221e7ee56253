import { describe, expect, it } from 'vitest'

import { FirstInOrder } from '../../src/shared/first-in-order'

const ascending = (a: number, b: number) => a - b

/** The first `limit` of `items` that a FirstInOrder offered them one by one keeps. */
function firstInOrder<T>(items: T[], limit: number, compare: (a: T, b: T) => number): T[] {
  const kept = new FirstInOrder(limit, compare)
  for (const item of items) kept.offer(item)
  return kept.first()
}

describe('FirstInOrder', () => {
  it('gives the first items of a full sort, in order, whatever the input order', () => {
    let seed = 7
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % 1000
    }
    for (const size of [0, 1, 5, 50, 2000]) {
      const items = Array.from({ length: size }, next)
      const sorted = [...items].sort(ascending)
      for (const limit of [1, 2, 10, 11, size, size + 3]) {
        expect(firstInOrder(items, limit, ascending)).toEqual(sorted.slice(0, limit))
      }
    }
  })

  it('gives nothing for a limit of 0, and all items for no limit', () => {
    expect(firstInOrder([3, 1, 2], 0, ascending)).toEqual([])
    expect(firstInOrder([3, 1, 2], Number.POSITIVE_INFINITY, ascending)).toEqual([1, 2, 3])
  })

  it('keeps ties in the order the comparison gives them', () => {
    const items = [
      { score: 1, id: 'b' },
      { score: 2, id: 'c' },
      { score: 1, id: 'a' },
      { score: 2, id: 'a' },
    ]
    const order = (x: (typeof items)[number], y: (typeof items)[number]) => y.score - x.score || x.id.localeCompare(y.id)
    expect(firstInOrder(items, 3, order).map((item) => `${item.score}${item.id}`)).toEqual(['2a', '2c', '1a'])
  })
})
