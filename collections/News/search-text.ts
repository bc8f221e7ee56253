import { type CollectionBeforeChangeHook, createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { richTextToPlainText, searchableText } from '../../src/shared/richtext'

/** Keeps `searchText`, what news search matches: the title, lead and body as searchableText gives them. */
export const keepSearchText: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const field = (name: string) => data[name] ?? originalDoc?.[name]
  return { ...data, searchText: searchableText(field('title'), field('lead'), richTextToPlainText(field('body'))) }
}

type SearchTexts = Partial<Record<string, string | null>>

/** The locales' search texts (read with locale 'all') composed (NFC); null when they already are. */
function normalised(texts: unknown): SearchTexts | null {
  const entries = Object.entries((texts ?? {}) as SearchTexts)
  if (entries.every(([, text]) => !text || text === text.normalize('NFC'))) return null
  return Object.fromEntries(entries.map(([locale, text]) => [locale, text ? text.normalize('NFC') : text]))
}

/**
 * Composes (NFC) the search text of news items, and their versions, saved while it could be
 * stored decomposed (text pasted from macOS often is), keeping their time of update: run by the
 * migration that made search normalise, and at every development start.
 */
export async function normaliseSearchTexts(payload: Payload, req?: Partial<PayloadRequest>): Promise<number> {
  const localReq = await createLocalReq({ req, locale: 'all' } as never, payload)
  const read = { pagination: false, depth: 0, locale: 'all', overrideAccess: true, req: localReq } as const
  let normalisedCount = 0
  const { docs } = await payload.find({ collection: 'news', select: { searchText: true, updatedAt: true }, ...read })
  for (const doc of docs) {
    const searchText = normalised(doc.searchText)
    if (!searchText) continue
    await payload.db.updateOne({ collection: 'news', id: doc.id, data: { searchText, updatedAt: doc.updatedAt }, req: localReq })
    normalisedCount++
  }
  const versions = await payload.findVersions({ collection: 'news', ...read })
  for (const { id, version, updatedAt } of versions.docs) {
    const searchText = normalised(version.searchText)
    if (!searchText) continue
    const versionData = { version: { searchText, updatedAt: version.updatedAt }, updatedAt }
    await payload.db.updateVersion({ collection: 'news', id, versionData: versionData as never, req: localReq })
  }
  return normalisedCount
}
