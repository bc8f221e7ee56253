import { describe, expect, it } from 'vitest'

import { isOverdue, nextValueDueAfter } from '../../src/figures'

const now = new Date('2026-12-07T06:00:00.000Z')

describe('isOverdue', () => {
  it.each([
    { case: 'without a due date', nextValueDue: null, values: [], overdue: false },
    { case: 'when due in the future', nextValueDue: '2027-07-01T12:00:00.000Z', values: [], overdue: false },
    { case: 'on the due day itself', nextValueDue: '2026-12-07T12:00:00.000Z', values: [], overdue: false },
    { case: 'the day after the due day, with no value', nextValueDue: '2026-12-06T12:00:00.000Z', values: [], overdue: true },
    {
      case: 'past due, with values recorded only before the due day',
      nextValueDue: '2026-07-01',
      values: [{ recordedAt: '2026-06-30T23:59:59.000Z' }, { recordedAt: null }, {}],
      overdue: true,
    },
    {
      case: 'past due, with a value recorded on the due day',
      nextValueDue: '2026-07-01',
      values: [{ recordedAt: '2026-07-01T08:00:00.000Z' }],
      overdue: false,
    },
    {
      case: 'past due, with a value recorded after it',
      nextValueDue: '2026-07-01',
      values: [{ recordedAt: '2026-11-02T08:00:00.000Z' }],
      overdue: false,
    },
  ])('is $overdue $case', ({ nextValueDue, values, overdue }) => {
    expect(isOverdue({ nextValueDue, values }, now)).toBe(overdue)
  })
})

describe('nextValueDueAfter', () => {
  it('expects the value of the year after by 1 July of the year after that', () => {
    expect(nextValueDueAfter(2024)).toBe('2026-07-01')
  })
})
