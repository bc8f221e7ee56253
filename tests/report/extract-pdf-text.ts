/** A PDF's text per page, as pdf.js (through unpdf) extracts it, with runs of white space made one space. */
import { extractText, getDocumentProxy } from 'unpdf'

import { hideEnumerableArrayExtensions } from '../../src/shared/hide-array-extensions'

export async function pdfPages(bytes: ArrayBuffer | Uint8Array): Promise<string[]> {
  hideEnumerableArrayExtensions()
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  const { text } = await extractText(pdf, { mergePages: false })
  return text.map((page) => page.replace(/\s+/g, ' ').trim())
}
