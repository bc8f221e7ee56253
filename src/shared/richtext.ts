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
