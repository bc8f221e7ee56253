import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import sanitizeHtml from 'sanitize-html'

/** Lexical's serialised editor state, as Payload stores rich text. */
export type RichText = {
  root: {
    type: 'root'
    children: Array<{ type: string; version: number; [key: string]: unknown }>
    direction: 'ltr' | null
    format: ''
    indent: number
    version: number
  }
}

function textNode(text: string) {
  return { type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }
}

function block(type: 'paragraph' | 'heading', text: string) {
  const node = { type, children: [textNode(text)], direction: 'ltr', format: '', indent: 0, version: 1 }
  return type === 'heading' ? { ...node, tag: 'h2' } : { ...node, textFormat: 0, textStyle: '' }
}

/** Rich text from plain paragraphs; a paragraph that starts with "## " becomes a heading. */
export function richTextFromParagraphs(paragraphs: string[]): RichText {
  return {
    root: {
      type: 'root',
      children: paragraphs.map((p) => (p.startsWith('## ') ? block('heading', p.slice(3)) : block('paragraph', p))),
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
    },
  }
}

/** The text of a rich text value, paragraphs separated by blank lines; '' for none. */
export function richTextToPlainText(value: unknown): string {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  return convertLexicalToPlaintext({ data: value as never }).trim()
}

const ALLOWED_HTML = {
  allowedTags: [
    'p',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'sub',
    'sup',
    'code',
    'br',
    'hr',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
  ],
  allowedAttributes: { a: ['href', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
}

/** A rich text value as sanitised HTML; '' for none. */
export function richTextToHtml(value: unknown): string {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  const html = convertLexicalToHTML({ data: value as never, disableContainer: true, disableIndent: true, disableTextAlign: true })
  return sanitizeHtml(html, ALLOWED_HTML)
}

/**
 * Text as it is stored for search and searched for: composed (NFC), so that "ö" typed as o and a
 * combining diaeresis finds "ö" typed as one character; lower-cased with Swedish rules, so that "Å"
 * finds "å" on every database; and with SQL's LIKE wildcards % and _ swapped for look-alikes
 * that match only themselves.
 */
export function searchableText(...parts: Array<string | null | undefined>): string {
  return parts
    .filter(Boolean)
    .join(' ')
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .replace(/%/g, '\uFF05')
    .replace(/_/g, '\uFF3F')
    .replace(/\s+/g, ' ')
    .trim()
}
