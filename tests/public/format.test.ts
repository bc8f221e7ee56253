import { describe, expect, it } from 'vitest'

import { formatDate, formatNumber, formatShare } from '../../src/app/(public)/format'

describe('Swedish formatting', () => {
  it('writes numbers with a space between thousands, a decimal comma and at most two decimals', () => {
    expect(formatNumber(1234567.891)).toBe('1\u00a0234\u00a0567,89')
    expect(formatNumber(-9)).toBe('\u22129')
    expect(formatNumber(48)).toBe('48')
  })

  it('writes shares as whole percentages', () => {
    expect(formatShare(0.625)).toBe('63\u00a0%')
    expect(formatShare(0)).toBe('0\u00a0%')
    expect(formatShare(1)).toBe('100\u00a0%')
  })

  it('writes dates as the day in Sweden with the month in words', () => {
    expect(formatDate('2020-06-15T08:00:00.000Z')).toBe('15 juni 2020')
    // Just before midnight UTC is already the next day in Stockholm.
    expect(formatDate('2020-12-31T23:30:00.000Z')).toBe('1 januari 2021')
  })
})

describe('English formatting', () => {
  it('writes numbers, shares and dates the English way, the day still in Sweden', () => {
    expect(formatNumber(1234567.891, 'en')).toBe('1,234,567.89')
    expect(formatShare(0.625, 'en')).toBe('63%')
    expect(formatDate('2020-06-15T08:00:00.000Z', 'en')).toBe('15 June 2020')
    expect(formatDate('2020-12-31T23:30:00.000Z', 'en')).toBe('1 January 2021')
  })
})
