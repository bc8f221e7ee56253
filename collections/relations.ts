import type { PayloadRequest } from 'payload'

type Ref = string | number | { id: string | number } | null | undefined

/** The ID of a relationship value, whether it came populated or not. */
export function idOf(ref: Ref): string | undefined {
  if (ref === null || ref === undefined) return undefined
  return String(typeof ref === 'object' ? ref.id : ref)
}

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
