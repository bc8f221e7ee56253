import { describe, expect, it } from 'vitest'

import { isOverdue, nextValueDueAfter, yearDueBy } from '../../src/figures'

const now = new Date('2026-12-07T06:00:00.000Z')

describe('isOverdue', () => {
  it.each([
    { case: 'without a due date', nextValueDue: null, years: [], overdue: false },
    { case: 'when due in the future', nextValueDue: '2027-07-01T12:00:00.000Z', years: [2020], overdue: false },
    { case: 'on the due day itself', nextValueDue: '2026-12-07T12:00:00.000Z', years: [], overdue: false },
    { case: 'the day after the due day, with no value', nextValueDue: '2026-12-06T12:00:00.000Z', years: [], overdue: true },
    { case: 'past due, with values of earlier years only', nextValueDue: '2026-07-01', years: [2023, 2024], overdue: true },
    { case: 'past due, with the value of the year before the due year', nextValueDue: '2026-07-01', years: [2024, 2025], overdue: false },
    { case: 'past due, with a value of a later year', nextValueDue: '2026-07-01', years: [2026], overdue: false },
  ])('is $overdue $case', ({ nextValueDue, years, overdue }) => {
    expect(isOverdue({ nextValueDue, values: years.map((year) => ({ year })) }, now)).toBe(overdue)
  })
})

describe('nextValueDueAfter', () => {
  it('expects the value of the year after by 1 July of the year after that', () => {
    expect(nextValueDueAfter(2024)).toBe('2026-07-01')
    expect(yearDueBy(nextValueDueAfter(2024))).toBe(2025)
  })
})
