/** Characters XML 1.0 does not allow at all, such as most control characters. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** The text without the characters XML forbids, which XML writers would otherwise write as they are. */
export const xmlText = (text: string): string => text.replace(NOT_XML, '')
