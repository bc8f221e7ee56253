import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/** Where code is: everything that may read an environment variable. */
const CODE = ['bench', 'collections', 'graphql', 'scripts', 'src', 'tests', 'next.config.mjs']
/** Set by Next itself, never by whoever runs the app. */
const SET_BY_NEXT = ['NEXT_PHASE', 'NEXT_RUNTIME']

function codeFiles(entry: string): string[] {
  const names = entry.includes('.')
    ? [entry]
    : readdirSync(entry, { recursive: true, encoding: 'utf8' }).map((name) => path.join(entry, name))
  return names.filter((name) => /\.(ts|tsx|mjs|js)$/.test(name) && !name.split(path.sep).includes('node_modules'))
}

function variablesRead(): string[] {
  const names = CODE.flatMap(codeFiles).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\b(?:process\.)?env\.([A-Z][A-Z0-9_]*)\b/g)].map((match) => match[1]),
  )
  return [...new Set(names)].filter((name) => !SET_BY_NEXT.includes(name)).sort()
}

describe('.env.example', () => {
  const documented = new Set([...readFileSync('.env.example', 'utf8').matchAll(/^(?:# )?([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]))

  it('has a line for every environment variable the code reads', () => {
    const read = variablesRead()
    expect(read).toContain('RESPONSE_CACHE')
    expect(read.filter((name) => !documented.has(name))).toEqual([])
  })
})
