import type { Payload } from 'payload'

/** The adapter methods that each make one request to the database. */
const METHODS = [
  'find',
  'findOne',
  'findGlobal',
  'findVersions',
  'findGlobalVersions',
  'findDistinct',
  'count',
  'countVersions',
  'countGlobalVersions',
  'queryDrafts',
  'create',
  'createVersion',
  'createGlobal',
  'createGlobalVersion',
  'updateOne',
  'updateMany',
  'updateGlobal',
  'updateVersion',
  'updateGlobalVersion',
  'upsert',
  'deleteOne',
  'deleteMany',
  'deleteVersions',
] as const

export type DatabaseCallCounter = {
  /** Calls per adapter method since counting started. */
  readonly calls: Record<string, number>
  /** Each call in order, as `method:collection` (or `method:global`). */
  readonly log: string[]
  /** The methods this adapter has, and that are counted. */
  readonly methods: string[]
  readonly total: number
  restore(): void
}

/** Counts the database adapter's calls, e.g. to show that a query makes a constant number of them. */
export function countDatabaseCalls(payload: Payload): DatabaseCallCounter {
  const db = payload.db as unknown as Record<string, unknown>
  const calls: Record<string, number> = {}
  const log: string[] = []
  const originals = new Map<string, unknown>()
  for (const name of METHODS) {
    const original = db[name]
    if (typeof original !== 'function') continue
    originals.set(name, original)
    db[name] = (...args: unknown[]) => {
      const target = args[0] as { collection?: string; slug?: string } | undefined
      calls[name] = (calls[name] ?? 0) + 1
      log.push(`${name}:${target?.collection ?? target?.slug ?? '?'}`)
      return original.apply(payload.db, args)
    }
  }
  return {
    calls,
    log,
    methods: [...originals.keys()],
    get total() {
      return Object.values(calls).reduce((sum, n) => sum + n, 0)
    },
    restore() {
      for (const [name, original] of originals) db[name] = original
    },
  }
}
