import { buildSchema, type GraphQLEnumType } from 'graphql'
import { describe, expect, it } from 'vitest'

import { typeDefs } from '../../graphql/schema'
import { GOAL_STATUSES, type GoalStatus, STATUS_CHANGE_DEFINITIONS, type StatusChange, statusChange } from '../../src/figures'

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

describe("the API's GoalStatus enum", () => {
  it("names the figures' statuses in capitals, in the same order", () => {
    const enumType = buildSchema(typeDefs.join('\n')).getType('GoalStatus') as GraphQLEnumType
    expect(enumType.getValues().map((value) => value.name)).toEqual(GOAL_STATUSES.map((status) => status.toUpperCase()))
  })
})

describe('the API describes each status change as statusChange defines it', () => {
  const enumValues = buildSchema(typeDefs.join('\n')).getType('StatusChange') as GraphQLEnumType

  it.each(Object.entries(STATUS_CHANGE_DEFINITIONS))('%s', (change, definition) => {
    expect(enumValues.getValue(change.toUpperCase())?.description).toBe(definition)
  })

  it('calls a goal NOT_ASSESSED in both years unchanged, and says so', () => {
    expect(statusChange('not_assessed', 'not_assessed')).toBe('unchanged')
    expect(enumValues.getValue('UNCHANGED')?.description).toMatch(/NOT_ASSESSED in both years/)
    expect(enumValues.getValue('REASSESSED')?.description).toMatch(/exactly one of the two years/)
  })
})
