import type { PayloadRequest } from 'payload'

import { idOf } from '../src/shared/ids'

type Ref = Parameters<typeof idOf>[0]

export async function programmeOfFocusArea(req: PayloadRequest, focusArea: Ref): Promise<string | undefined> {
  const id = idOf(focusArea)
  if (!id) return undefined
  const doc = await req.payload.findByID({ collection: 'focus-areas', id, depth: 0, req, disableErrors: true })
  return idOf(doc?.programme)
}

export async function programmeOfMilestoneGoal(req: PayloadRequest, goal: Ref): Promise<string | undefined> {
  const id = idOf(goal)
  if (!id) return undefined
  const doc = await req.payload.findByID({ collection: 'milestone-goals', id, depth: 0, req, disableErrors: true })
  return idOf(doc?.programme)
}
