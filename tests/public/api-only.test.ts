import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
/** The public pages, the open-data exports and their catalogue, which read only /graphql like any other frontend. */
const API_ONLY_DIRECTORIES = [
  'src/app/(public)',
  'src/app/export',
  'src/app/dcat',
  'src/app/dcat.rdf',
  'src/app/dcat.jsonld',
  'src/app/embed',
  'src/app/oembed',
].map((part) => path.join(root, part))

/** What a page that reads only through /graphql must not load: Payload, the API's server side, the database. */
const FORBIDDEN_PACKAGES = /^(payload|@payloadcms\/|@payload-config|@apollo\/|@libsql\/|mongodb|dataloader)/
const FORBIDDEN_DIRECTORIES = ['graphql', 'src/server', 'src/seed', 'src/payload.config.ts'].map((part) => path.join(root, part))

/** Runtime imports and re-exports of a module (type-only ones are erased by the compiler). */
function runtimeImports(source: string): string[] {
  const statements = source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)
  return [...statements].map((match) => match[1])
}

/** A relative import, or one through tsconfig's `@/` alias for the project root; null for a package. */
function resolveModule(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.') && !specifier.startsWith('@/')) return null
  const base = specifier.startsWith('@/') ? path.join(root, specifier.slice(2)) : path.resolve(path.dirname(from), specifier)
  return ['', '.ts', '.tsx', '/index.ts'].map((suffix) => base + suffix).find((file) => /\.tsx?$/.test(file) && existsSync(file)) ?? null
}

/** Every module the public pages load at runtime, followed through the project's own imports, and the packages among them. */
function moduleGraph(entries: string[]): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string) => {
    if (modules.has(file)) return
    modules.add(file)
    for (const specifier of runtimeImports(readFileSync(file, 'utf8'))) {
      const resolved = resolveModule(file, specifier)
      if (resolved) visit(resolved)
      else if (!specifier.startsWith('.')) packages.add(specifier)
    }
  }
  entries.forEach(visit)
  return { modules, packages }
}

const publicModules = API_ONLY_DIRECTORIES.flatMap((directory) =>
  readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.join(directory, file)),
)

describe('the public pages and exports', () => {
  it('find their modules', () => {
    expect(publicModules.some((file) => file.endsWith(path.join('uppfoljning', '[programme]', '[year]', 'page.tsx')))).toBe(true)
    expect(publicModules.some((file) => file.endsWith(path.join('export', 'indicator', '[file]', 'route.ts')))).toBe(true)
    expect(publicModules.some((file) => file.endsWith(path.join('dcat.rdf', 'route.ts')))).toBe(true)
    expect(
      runtimeImports("import type { A } from 'payload'\nimport { b } from 'next/navigation'\nimport './x.css'\nexport { c } from '../c'"),
    ).toEqual(['next/navigation', './x.css', '../c'])
  })

  it('read only through the API: nothing they load imports Payload or the API server', () => {
    const { modules, packages } = moduleGraph(publicModules)
    expect([...packages].filter((name) => FORBIDDEN_PACKAGES.test(name))).toEqual([])
    const serverModules = [...modules].filter((file) => FORBIDDEN_DIRECTORIES.some((forbidden) => file.startsWith(forbidden)))
    expect(serverModules.map((file) => path.relative(root, file))).toEqual([])
    expect(modules.size).toBeGreaterThan(publicModules.length)
    expect([...packages].filter((name) => name.startsWith('@/'))).toEqual([])
  })
})
