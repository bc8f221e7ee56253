import { describe, expect, it } from 'vitest'

import { disagrees, type GoalStatus, type ProgressStatus } from '../../src/figures'

describe('disagrees', () => {
  it.each<[GoalStatus, ProgressStatus[], boolean]>([
    ['achieved', ['target_achieved', 'deterioration'], true],
    ['on_track', ['limited_progress'], true],
    ['on_track', ['substantial_progress', 'moderate_progress', 'insufficient_data'], false],
    ['achieved', [], false],
    ['at_risk', ['target_achieved'], true],
    ['not_achieved', ['deterioration', 'substantial_progress'], true],
    ['at_risk', ['moderate_progress', 'limited_progress', 'deterioration'], false],
    ['not_assessed', ['target_achieved', 'deterioration'], false],
  ])('%s with %j: %s', (status, indicatorProgress, expected) => {
    expect(disagrees(status, indicatorProgress)).toBe(expected)
  })
})
