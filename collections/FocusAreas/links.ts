import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { isLinkedFrom, validateMove } from '../relations'

/** A focus area moves to another programme only without goals or news, which would stay behind. */
export const keepProgrammeWhileLinked = validateMove(async ({ id, req }) => {
  if (await isLinkedFrom(req, 'milestone-goals', 'focusArea', id)) {
    return 'Fokusområdet har etappmål och kan inte flyttas till ett annat program. Flytta etappmålen först.'
  }
  if (await isLinkedFrom(req, 'news', 'focusAreas', id)) {
    return 'Fokusområdet har nyheter och kan inte flyttas till ett annat program. Ta bort det från nyheterna först.'
  }
  return true
})

/** A focus area with milestone goals is not deleted: every goal belongs to one. */
export const refuseDeleteWithGoals: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (await isLinkedFrom(req, 'milestone-goals', 'focusArea', id)) {
    throw new APIError('Fokusområdet har etappmål och kan inte tas bort. Flytta eller ta bort etappmålen först.', 400, undefined, true)
  }
}
