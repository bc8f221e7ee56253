import type { PayloadRequest } from 'payload'

import { idOf } from '../src/shared/ids'

type Ref = Parameters<typeof idOf>[0]

/** The programme a focus area belongs to. */
export async function programmeOf(req: PayloadRequest, focusArea: Ref): Promise<string | undefined> {
  const id = idOf(focusArea)
  if (!id) return undefined
  const doc = await req.payload.findByID({ collection: 'focus-areas', id, depth: 0, req, disableErrors: true })
  return idOf(doc?.programme)
}
