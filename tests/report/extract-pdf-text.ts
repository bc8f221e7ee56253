/** A PDF's text per page, as pdf.js (through unpdf) extracts it, with runs of white space made one space. */
import { extractText, getDocumentProxy } from 'unpdf'

/**
 * pdf.js refuses to load beside an enumerable Array.prototype property, and drizzle-kit, which
 * Payload's SQLite adapter loads to push the test database's schema, adds `random`: hide it.
 */
function hideArrayPrototypeAdditions(): void {
  for (const name of Object.keys(Array.prototype)) {
    Object.defineProperty(Array.prototype, name, { enumerable: false })
  }
}

export async function pdfPages(bytes: ArrayBuffer | Uint8Array): Promise<string[]> {
  hideArrayPrototypeAdditions()
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  const { text } = await extractText(pdf, { mergePages: false })
  return text.map((page) => page.replace(/\s+/g, ' ').trim())
}
