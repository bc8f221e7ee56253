import type { Payload } from 'payload'

/**
 * The content version: the token every write to content changes (collections/hooks/signal-content-change.ts),
 * by which kept copies of content (the response cache, the search index) know they are current.
 * Straight from the adapter: one small query, no document hooks.
 */
export async function readContentVersion(payload: Payload): Promise<string> {
  const state = await payload.db.findGlobal<{ version?: string }>({ slug: 'content-state', select: { version: true } })
  return String(state?.version ?? 'initial')
}
