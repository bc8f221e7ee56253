/**
 * The embeds' addresses, and which embed a public address of the site shows: a year's follow-up
 * its summary, a goal's anchor in it or its own page the goal, an indicator's export the indicator.
 */
import type { EmbedLanguage } from './texts'

export type EmbedTarget =
  | { kind: 'goal'; programme: string; code: string }
  | { kind: 'indicator'; id: string }
  | { kind: 'summary'; programme: string; year: number }

const segment = encodeURIComponent

export function embedPath(target: EmbedTarget, language: EmbedLanguage = 'sv'): string {
  const path =
    target.kind === 'goal'
      ? `/embed/goal/${segment(target.programme)}/${segment(target.code)}`
      : target.kind === 'indicator'
        ? `/embed/indicator/${segment(target.id)}`
        : `/embed/summary/${segment(target.programme)}/${target.year}`
  return language === 'en' ? `${path}?lang=en` : path
}

const YEAR = /^\d{4}$/

/** etappmal-1-2 -> 1.2: goalAnchor in paths.ts writes a code's dots as dashes. */
function codeOfAnchor(hash: string): string | null {
  const match = /^#etappmal-([A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)$/.exec(hash)
  return match ? match[1].replaceAll('-', '.') : null
}

function decoded(parts: string[]): string[] | null {
  try {
    return parts.map(decodeURIComponent)
  } catch {
    return null
  }
}

/** The embed an address of this site shows, with its language; null for any other address. */
export function embedTargetOf(url: URL): { target: EmbedTarget; language: EmbedLanguage } | null {
  const parts = decoded(url.pathname.split('/').filter(Boolean))
  if (!parts) return null
  const language: EmbedLanguage = url.searchParams.get('lang') === 'en' ? 'en' : 'sv'
  const target = targetOfParts(parts, url.hash)
  return target && { target, language }
}

function targetOfParts(parts: string[], hash: string): EmbedTarget | null {
  const [first, ...rest] = parts
  if (first === 'embed') {
    const [kind, ...args] = rest
    if (kind === 'goal' && args.length === 2) return { kind: 'goal', programme: args[0], code: args[1] }
    if (kind === 'indicator' && args.length === 1) return { kind: 'indicator', id: args[0] }
    if (kind === 'summary' && args.length === 2 && YEAR.test(args[1])) return { kind: 'summary', programme: args[0], year: Number(args[1]) }
    return null
  }
  if (first === 'uppfoljning') {
    const [programme, second, third] = rest
    if (rest.length === 3 && second === 'mal') return { kind: 'goal', programme, code: third }
    if (rest.length === 2 && YEAR.test(second)) {
      const code = codeOfAnchor(hash)
      return code ? { kind: 'goal', programme, code } : { kind: 'summary', programme, year: Number(second) }
    }
    return null
  }
  if (first === 'export' && rest[0] === 'indicator' && rest.length === 2) {
    const id = /^(.+)\.(csv|json)$/.exec(rest[1])?.[1]
    return id ? { kind: 'indicator', id } : null
  }
  return null
}
