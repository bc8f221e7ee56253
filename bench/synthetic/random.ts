/** Deterministic randomness and small text helpers for the synthetic programmes (./data.ts). */
import type { Localised } from '../../src/seed/data/types'

// ---------------------------------------------------------------------------------------------
// Deterministic randomness: one mulberry32 stream per programme and section, so that changing how
// one section is generated leaves the others as they were.

export type Random = {
  next: () => number
  int: (min: number, max: number) => number
  between: (min: number, max: number) => number
  pick: <T>(items: readonly T[]) => T
  chance: (p: number) => boolean
  sample: <T>(items: readonly T[], count: number) => T[]
}

function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

export function random(n: number, section: string): Random {
  let state = hash(`kmpp-synthetic:${n}:${section}`)
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]
  const sample = <T>(items: readonly T[], count: number) => {
    const pool = [...items]
    const out: T[] = []
    while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0])
    return out
  }
  return { next, int, between: (min, max) => min + next() * (max - min), pick, chance: (p) => next() < p, sample }
}

/** A text in Swedish and English. */
export const L = (sv: string, en: string): Localised => ({ sv, en })
export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)
