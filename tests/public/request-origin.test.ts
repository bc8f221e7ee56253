import { describe, expect, it } from 'vitest'

import { originOf } from '../../src/app/(public)/request-origin'

const headersOf = (values: Record<string, string>) => new Headers(values)

describe('originOf', () => {
  it('is http on the Host header without a proxy', () => {
    expect(originOf(headersOf({ host: '127.0.0.1:3000' }))).toBe('http://127.0.0.1:3000')
  })

  it('takes the scheme the first proxy reports', () => {
    expect(originOf(headersOf({ host: 'uppfoljning.haninge.se', 'x-forwarded-proto': 'https' }))).toBe('https://uppfoljning.haninge.se')
    expect(originOf(headersOf({ host: 'uppfoljning.haninge.se', 'x-forwarded-proto': 'https, http' }))).toBe(
      'https://uppfoljning.haninge.se',
    )
    expect(originOf(headersOf({ host: 'example.org', 'x-forwarded-proto': 'gopher' }))).toBe('http://example.org')
  })

  it('keeps only the host of a Host header with more in it', () => {
    expect(originOf(headersOf({ host: 'example.org/graphql?x=1' }))).toBe('http://example.org')
  })

  it('refuses a request without a Host header', () => {
    expect(() => originOf(headersOf({}))).toThrow(/Host/)
  })
})
