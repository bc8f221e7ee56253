import type { Payload } from 'payload'

/** The adapter methods that each make one request to the database. */
const METHODS = [
  'find', 'findOne', 'findGlobal', 'findVersions', 'findGlobalVersions', 'findDistinct', 'count', 'countVersions',
  'countGlobalVersions', 'queryDrafts', 'create', 'createVersion', 'createGlobal', 'createGlobalVersion', 'updateOne',
  'updateMany', 'updateGlobal', 'updateVersion', 'updateGlobalVersion', 'upsert', 'deleteOne', 'deleteMany', 'deleteVersions',
] as const

export type DatabaseCallCounter = {
  /** Calls per adapter method since counting started. */
  readonly calls: Record<string, number>
  readonly total: number
  restore(): void
}

/** Counts the database adapter's calls, e.g. to show that a query makes a constant number of them. */
export function countDatabaseCalls(payload: Payload): DatabaseCallCounter {
  const db = payload.db as unknown as Record<string, unknown>
  const calls: Record<string, number> = {}
  const originals = new Map<string, unknown>()
  for (const name of METHODS) {
    const original = db[name]
    if (typeof original !== 'function') continue
    originals.set(name, original)
    db[name] = (...args: unknown[]) => {
      calls[name] = (calls[name] ?? 0) + 1
      return original.apply(payload.db, args)
    }
  }
  return {
    calls,
    get total() {
      return Object.values(calls).reduce((sum, n) => sum + n, 0)
    },
    restore() {
      for (const [name, original] of originals) db[name] = original
    },
  }
}
