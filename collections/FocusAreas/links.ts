import { APIError, type CollectionBeforeDeleteHook, type PayloadRequest, type RelationshipFieldSingleValidation, validations } from 'payload'

import { idOf } from '../../src/shared/ids'

/** Milestone goals and news items take their programme from the focus areas they link to. */
async function linksTo(req: PayloadRequest, focusArea: string | number) {
  const [goals, news] = await Promise.all([
    req.payload.count({ collection: 'milestone-goals', where: { focusArea: { equals: focusArea } }, req }),
    req.payload.count({ collection: 'news', where: { focusAreas: { in: [focusArea] } }, req }),
  ])
  return { goals: goals.totalDocs, news: news.totalDocs }
}

/** A focus area moves to another programme only without goals or news, which would stay behind. */
export const keepProgrammeWhileLinked: RelationshipFieldSingleValidation = async (value, options) => {
  const valid = await validations.relationship(value, options)
  const { id, operation, previousValue, req } = options
  // One collection only, so the value is an ID or a document, never { relationTo, value }.
  const programmeId = (ref: typeof previousValue) => idOf(ref as Parameters<typeof idOf>[0])
  if (valid !== true || operation !== 'update' || id === undefined || programmeId(value ?? undefined) === programmeId(previousValue)) return valid
  const { goals, news } = await linksTo(req, id)
  if (goals) return 'Fokusområdet har etappmål och kan inte flyttas till ett annat program. Flytta etappmålen först.'
  if (news) return 'Fokusområdet har nyheter och kan inte flyttas till ett annat program. Ta bort det från nyheterna först.'
  return true
}

/** A focus area with milestone goals is not deleted: every goal belongs to one. */
export const refuseDeleteWithGoals: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { goals } = await linksTo(req, id)
  if (goals) throw new APIError('Fokusområdet har etappmål och kan inte tas bort. Flytta eller ta bort etappmålen först.', 400, undefined, true)
}
