import { type Renderings, renderedFieldOf } from '../collections/fields/rendered-rich-text'
import type { Scoped } from '../src/read/scope'
import { richTextToHtml, richTextToPlainText } from '../src/shared/richtext'

type Format = 'HTML' | 'TEXT' | null | undefined

/** Rich text as sanitised HTML or plain text; null when empty. */
export function renderRichText(value: unknown, format: Format): string | null {
  return (format === 'TEXT' ? richTextToPlainText(value) : richTextToHtml(value)) || null
}

/**
 * A rich text field a document keeps rendered (collections/fields/rendered-rich-text.ts), as HTML
 * or plain text in the document's locale, else in Swedish as Payload falls back; null when empty.
 */
export function renderedRichText(doc: Scoped<object> | null | undefined, field: string, format: Format): string | null {
  if (!doc) return null
  const renderings = (doc as Record<string, unknown>)[renderedFieldOf(field)] as Renderings | null | undefined
  const kind = format === 'TEXT' ? 'text' : 'html'
  return renderings?.[doc.scope.locale]?.[kind] || renderings?.sv?.[kind] || null
}
