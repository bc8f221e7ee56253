/**
 * Filter-evasion strings after OWASP's XSS cheat sheet, as titles, rich text and link targets, and
 * a real browser that says whether an HTML fragment holds anything that could run.
 */
import { type Browser, chromium } from 'playwright-core'

import type { RichText } from '@/src/shared/richtext'
import { CHROMIUM_ARGS } from '@/tests/app/helpers/browser'

export const XSS_TEXTS = [
  `<script>alert('XSS')</script>`,
  `"><script>alert('XSS')</script>`,
  `<IMG SRC=x onerror="alert('XSS')">`,
  `<svg/onload=alert('XSS')>`,
  `<IMG SRC=JaVaScRiPt:alert('XSS')>`,
  `<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;` +
    `&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>`,
  `<a href="jav&#x09;ascript:alert('XSS');">klicka</a>`,
  `<BODY ONLOAD=alert('XSS')>`,
  `<IFRAME SRC="javascript:alert('XSS');"></IFRAME>`,
  `<DIV STYLE="width: expression(alert('XSS'));">`,
  `<STYLE>@import'http://xss.rocks/xss.css';</STYLE>`,
  `<<SCRIPT>alert("XSS");//\\<</SCRIPT>`,
  `<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>`,
  `%3Cscript%3Ealert('XSS')%3C/script%3E`,
  `<details open ontoggle=alert('XSS')>`,
  `<math><mi xlink:href="javascript:alert('XSS')">klicka</mi></math>`,
]

/** Link targets that must not survive as executable links. */
export const XSS_URLS = [
  `javascript:alert('XSS')`,
  `JaVaScRiPt:alert('XSS')`,
  `jav\tascript:alert('XSS')`,
  `data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4=`,
  `vbscript:msgbox("XSS")`,
  `"><script>alert('XSS')</script>`,
  `&#106;avascript:alert('XSS')`,
]

const text = (value: string) => ({ type: 'text', text: value, detail: 0, format: 0, mode: 'normal', style: '', version: 1 })

/** A paragraph of `value`, then a link to `url` reading `value`, as Payload's Lexical editor stores them. */
export function richTextWithLink(value: string, url: string): RichText {
  const block = { direction: 'ltr', format: '', indent: 0, version: 1 }
  const link = { type: 'link', ...block, version: 3, fields: { url, linkType: 'custom', newTab: false }, children: [text(value)] }
  return {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: [
        { type: 'paragraph', ...block, textFormat: 0, textStyle: '', children: [text(value)] },
        { type: 'paragraph', ...block, textFormat: 0, textStyle: '', children: [link] },
      ],
    },
  }
}

/** Elements that only mark up text. */
const INERT = new Set([
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
  'span',
])
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data'])

export type Inspection = { dialogs: number; elements: Array<{ tag: string; attributes: Array<[string, string]> }> }

/** Loads `html` as a page's body in Chromium, and reports its elements and any dialog a script opened. */
export async function inspectInBrowser(browser: Browser, html: string): Promise<Inspection> {
  const page = await browser.newPage()
  let dialogs = 0
  page.on('dialog', (dialog) => {
    dialogs++
    void dialog.dismiss()
  })
  try {
    await page.setContent(`<!doctype html><html><head></head><body>${html}</body></html>`, { waitUntil: 'load' })
    const elements = await page.evaluate(() =>
      [...document.body.querySelectorAll('*')].map((element) => ({
        tag: element.tagName.toLowerCase(),
        attributes: [...element.attributes].map((attribute): [string, string] => [attribute.name, attribute.value]),
      })),
    )
    return { dialogs, elements }
  } finally {
    await page.close()
  }
}

/** What in an inspected fragment could run: elements beyond text markup, handlers, styles, script URLs. */
export function executableIn({ dialogs, elements }: Inspection): string[] {
  const found: string[] = dialogs ? [`${dialogs} dialog(s) opened`] : []
  for (const { tag, attributes } of elements) {
    if (!INERT.has(tag)) found.push(`<${tag}>`)
    for (const [name, value] of attributes) {
      if (/^on/i.test(name) || name === 'style' || name === 'srcdoc') found.push(`${tag}[${name}]`)
      if (URL_ATTRIBUTES.has(name) && !isSafeUrl(value)) found.push(`${tag}[${name}=${value}]`)
    }
  }
  return found
}

/** As a browser reads it: control characters and spaces dropped, relative URLs against the page. */
function isSafeUrl(value: string): boolean {
  try {
    return SAFE_SCHEMES.has(new URL(value, 'https://kmpp.example.org/nyheter/').protocol)
  } catch {
    return true // Not a URL a browser follows.
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
}
