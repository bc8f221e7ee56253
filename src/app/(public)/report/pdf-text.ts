/**
 * Text for PDFKit's standard fonts, which encode WinAnsi (Windows-1252): å, ä, ö, é, the en dash and
 * the no-break space are in it; the minus sign that Swedish number formatting writes is not.
 */
const OUTSIDE_WIN_ANSI: Record<string, string> = { '\u2212': '-', '\u202f': '\u00a0', '\u2009': ' ' }

export const pdfText = (text: string) => text.replace(/[\u2212\u202f\u2009]/g, (character) => OUTSIDE_WIN_ANSI[character])
