import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import sanitizeHtml from 'sanitize-html'

import { richTextToPlainText } from '../src/shared/richtext'

const ALLOWED = {
  allowedTags: ['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'code', 'br', 'hr', 'blockquote', 'ul', 'ol', 'li', 'a'],
  allowedAttributes: { a: ['href', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
}

/** Rich text as sanitised HTML or plain text; null when empty. */
export function renderRichText(value: unknown, format: 'HTML' | 'TEXT' | null | undefined): string | null {
  if (!value || typeof value !== 'object' || !('root' in value)) return null
  if (format === 'TEXT') return richTextToPlainText(value) || null
  const html = convertLexicalToHTML({ data: value as never, disableContainer: true, disableIndent: true, disableTextAlign: true })
  return sanitizeHtml(html, ALLOWED) || null
}
