import { describe, it, expect } from 'vitest'
import { type GoalStatus, type StatusChange, statusChange } from '../../src/figures'

describe('statusChange', () => {
  it.each<[GoalStatus, GoalStatus | null | undefined, StatusChange]>([
    ['on_track', null, 'new'],
    ['not_assessed', undefined, 'new'],
    ['at_risk', 'at_risk', 'unchanged'],
    ['not_assessed', 'not_assessed', 'unchanged'],
    ['not_assessed', 'achieved', 'reassessed'],
    ['not_achieved', 'not_assessed', 'reassessed'],
    ['achieved', 'on_track', 'improved'],
    ['on_track', 'at_risk', 'improved'],
    ['at_risk', 'not_achieved', 'improved'],
    ['achieved', 'not_achieved', 'improved'],
    ['on_track', 'achieved', 'worsened'],
    ['at_risk', 'on_track', 'worsened'],
    ['not_achieved', 'at_risk', 'worsened'],
    ['not_achieved', 'achieved', 'worsened'],
  ])('%s after %s is %s', (current, previous, expected) => {
    expect(statusChange(current, previous)).toBe(expected)
  })
})
