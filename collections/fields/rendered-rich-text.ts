import type { CollectionSlug, JSONField } from 'payload'

import { richTextToHtml, richTextToPlainText } from '../../src/shared/richtext'
import { type DerivedField, derivedField } from '../derived/field'

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
 * `source` rendered in the locale saved, keeping the other locales' renderings; a save that leaves
 * it out renders the stored value.
 */
export function renderedRichText(collection: CollectionSlug, source: string): DerivedField<Renderings> {
  const name = renderedFieldOf(source)
  return derivedField({
    collection,
    name,
    sources: [source],
    derive: ({ data, originalDoc, locale }) => {
      const value = source in data ? data[source] : originalDoc?.[source]
      if (locale === 'all') return renderedInAllLocales(value as Partial<Record<string, unknown>> | null | undefined)
      return { ...(originalDoc?.[name] as Renderings | undefined), [locale]: render(value) }
    },
  })
}
