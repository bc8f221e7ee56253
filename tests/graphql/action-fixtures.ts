import type { Payload, Where } from 'payload'

import type { Action } from '../../src/payload-types'

export type ActionData = Partial<Omit<Action, 'id' | 'updatedAt' | 'createdAt'>> & {
  title: string
  milestoneGoals: string[]
  startYear: number
}

/** An action written directly, published unless it is a draft; `en` gives its English title and texts. */
export async function createAction(
  payload: Payload,
  data: ActionData,
  { draft = false, en }: { draft?: boolean; en?: { title: string; updates?: string[] } } = {},
): Promise<Action> {
  const action = await payload.create({
    collection: 'actions',
    data: { state: 'ongoing', ...data, _status: draft ? 'draft' : 'published' },
    draft: draft as true,
    overrideAccess: true,
    depth: 0,
  })
  if (!en) return action
  return payload.update({
    collection: 'actions',
    id: action.id,
    locale: 'en',
    data: {
      title: en.title,
      updates: action.updates?.map((update, i) => ({ ...update, text: en.updates?.[i] ?? update.text })),
      _status: draft ? 'draft' : 'published',
    },
    draft: draft as true,
    overrideAccess: true,
    depth: 0,
  })
}

/** A programme's round of `year` in `state`: the one there is, moved, or a new one. */
export async function roundOf(payload: Payload, programme: string, year: number, state: 'open' | 'review'): Promise<void> {
  const where: Where = { and: [{ programme: { equals: programme } }, { year: { equals: year } }] }
  const { docs } = await payload.find({ collection: 'follow-up-rounds', where, depth: 0, overrideAccess: true })
  const data = { programme, year, state, deadline: `${year + 1}-03-31T00:00:00.000Z` }
  if (docs[0]) await payload.update({ collection: 'follow-up-rounds', id: docs[0].id, data, overrideAccess: true, depth: 0 })
  else await payload.create({ collection: 'follow-up-rounds', data, overrideAccess: true, depth: 0 })
}

/** The ID of an organisation by slug. */
export async function organisationId(payload: Payload, slug: string): Promise<string> {
  const { docs } = await payload.find({ collection: 'organisations', where: { slug: { equals: slug } }, depth: 0, overrideAccess: true })
  if (!docs[0]) throw new Error(`No organisation ${slug}`)
  return String(docs[0].id)
}

/** The seeded programme's ID by slug. */
export async function programmeId(payload: Payload, slug = 'kmpp-2017'): Promise<string> {
  const { docs } = await payload.find({ collection: 'programmes', where: { slug: { equals: slug } }, depth: 0, overrideAccess: true })
  return String(docs[0].id)
}
