import { createLocalReq, type Payload, type PayloadRequest, type TaskConfig } from 'payload'

import { richTextToPlainText } from '../../src/shared/richtext'

/** How long an empty draft is kept: long enough that an editor who opened "Skapa ny" a moment ago finds it again. */
export const EMPTY_DRAFT_AGE_MS = 24 * 60 * 60 * 1000

/** What an editor fills in. `title`, `lead` and `body` are read in every locale. */
const LOCALIZED = ['title', 'lead'] as const
const UNLOCALIZED = ['slug', 'publishedAt', 'heroImage', 'contact', 'focusAreas', 'milestoneGoals', 'followUpYear'] as const

const hasValue = (value: unknown) => (Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined && value !== '')
const localeValues = (value: unknown) => Object.values((value ?? {}) as Record<string, unknown>)

/** A news item as read with locale 'all' that has nothing an editor wrote or chose, in any language. */
export function isEmptyNews(doc: Record<string, unknown>): boolean {
  return (
    LOCALIZED.every((field) => !localeValues(doc[field]).some(hasValue)) &&
    localeValues(doc.body).every((body) => richTextToPlainText(body) === '') &&
    UNLOCALIZED.every((field) => !hasValue(doc[field]))
  )
}

/**
 * Deletes news drafts never published, with nothing in them, and untouched for a day: "Skapa ny"
 * autosaves a draft as soon as it opens, so every editor who opened it and left made one.
 */
export async function deleteEmptyNewsDrafts(payload: Payload, now = Date.now(), req?: Partial<PayloadRequest>): Promise<number> {
  const localReq = await createLocalReq({ req }, payload)
  const access = { overrideAccess: true, req: localReq } as const
  const { docs } = await payload.find({
    collection: 'news',
    draft: true,
    locale: 'all',
    where: {
      and: [{ _status: { not_equals: 'published' } }, { updatedAt: { less_than: new Date(now - EMPTY_DRAFT_AGE_MS).toISOString() } }],
    },
    pagination: false,
    depth: 0,
    ...access,
  })
  let deleted = 0
  for (const doc of docs) {
    if (!isEmptyNews(doc as unknown as Record<string, unknown>)) continue
    const published = await payload.countVersions({
      collection: 'news',
      where: { and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }] },
      ...access,
    })
    if (published.totalDocs > 0) continue
    await payload.delete({ collection: 'news', id: doc.id, ...access })
    deleted++
  }
  return deleted
}

/** Runs every hour in the server's job runner (src/payload.config.ts). */
export const deleteEmptyNewsDraftsTask: TaskConfig<{ input: Record<string, never>; output: { deleted: number } }> = {
  slug: 'deleteEmptyNewsDrafts',
  label: 'Ta bort tomma nyhetsutkast',
  schedule: [{ cron: '0 0 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { deleted: await deleteEmptyNewsDrafts(req.payload, Date.now(), req) } }),
}
