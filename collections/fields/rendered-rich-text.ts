import type { CollectionBeforeChangeHook, CollectionSlug, JSONField, Payload, PayloadRequest } from 'payload'

import { richTextToHtml, richTextToPlainText } from '../../src/shared/richtext'

/** Rich text of one locale as sanitised HTML and as plain text; '' for none. */
export type Rendering = { html: string; text: string }

/** A localised rich text field's renderings, by locale. */
export type Renderings = Partial<Record<string, Rendering>>

/** The name of the field a localised rich text field `source` is kept rendered in. */
export const renderedFieldOf = (source: string) => `${source}Rendered`

/**
 * A localised rich text field rendered on every save, in one JSON value for all locales: reads
 * serve what is stored instead of rendering and sanitising the editor's JSON each time, and without
 * reading the localised rows (a sixth of what a follow-up report cost to read). Hidden in the
 * admin; the hook overwrites whatever a client sends for it.
 */
export function renderedRichTextField(source: string): JSONField {
  return {
    name: renderedFieldOf(source),
    type: 'json',
    admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    typescriptSchema: [
      () => ({
        type: 'object',
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          required: ['html', 'text'],
          properties: { html: { type: 'string' }, text: { type: 'string' } },
        },
      }),
    ],
  }
}

function render(richText: unknown): Rendering {
  return { html: richTextToHtml(richText), text: richTextToPlainText(richText) }
}

/** The renderings of rich text in every locale, as `locale: 'all'` reads it. */
export function renderedInAllLocales(value: Partial<Record<string, unknown>> | null | undefined): Renderings {
  return Object.fromEntries(Object.entries(value ?? {}).map(([locale, richText]) => [locale, render(richText)]))
}

/**
 * Renders `source` in the locale saved, keeping the other locales' renderings; a save that leaves
 * it out renders the stored value.
 */
export function keepRendered(source: string): CollectionBeforeChangeHook {
  const name = renderedFieldOf(source)
  return ({ data, originalDoc, req }) => {
    const value = source in data ? data[source] : originalDoc?.[source]
    const locale = req.locale ?? 'sv'
    const renderings: Renderings = locale === 'all' ? renderedInAllLocales(value) : { ...originalDoc?.[name], [locale]: render(value) }
    return { ...data, [name]: renderings }
  }
}

/**
 * Renders `source` of documents, and their versions, saved before it was kept rendered, keeping
 * the rest of them and their time of update: run by the migration that added the renderings, and
 * at every development start, where the schema is pushed without migrations.
 */
export async function fillMissingRenderings(
  payload: Payload,
  collection: CollectionSlug,
  source: string,
  req?: Partial<PayloadRequest>,
): Promise<number> {
  const name = renderedFieldOf(source)
  const read = { locale: 'all', pagination: false, depth: 0, overrideAccess: true, req } as const
  const { docs } = await payload.find({ collection, where: { [name]: { exists: false } }, ...read })
  for (const doc of docs as unknown as Array<Record<string, never> & { id: string; updatedAt: string }>) {
    await payload.db.updateOne({
      collection,
      id: doc.id,
      data: { [name]: renderedInAllLocales(doc[source]), updatedAt: doc.updatedAt },
      req,
    })
  }
  const versions = await payload.findVersions({ collection, where: { [`version.${name}`]: { exists: false } }, ...read })
  for (const { id, version, updatedAt } of versions.docs as unknown as Array<{
    id: string
    version: Record<string, never>
    updatedAt: string
  }>) {
    const versionData = { version: { [name]: renderedInAllLocales(version[source]), updatedAt: version.updatedAt }, updatedAt }
    await payload.db.updateVersion({ collection, id, versionData: versionData as never, req })
  }
  return docs.length
}
