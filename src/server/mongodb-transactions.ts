import type { MongooseAdapter } from '@payloadcms/db-mongodb'

/** What MongoDB's `hello` command answers that tells a replica set or a sharded cluster from a standalone server. */
export type HelloReply = { setName?: string; msg?: string }

const NOT_GUARANTEED =
  'Not guaranteed: that a failed synthetic seed leaves nothing behind, and that a content change and its version bump ' +
  '(the published content version) are written together. Use a replica set or MongoDB Atlas in production.'

/**
 * Why writes on this MongoDB are not in transactions, or null when they are. Payload uses
 * transactions only on a connection made to a replica set by name (`replicaSet` in the URI, which
 * mongodb+srv:// gives too); a standalone server has none at all.
 */
export function missingTransactions(hello: HelloReply, replicaSetOption: string | undefined): string | null {
  if (hello.setName && replicaSetOption) return null
  if (hello.setName) {
    const name = hello.setName
    const advice = `add ?replicaSet=${name} to use transactions`
    return `MongoDB is replica set "${name}", but DATABASE_URI does not name it: ${advice}. ${NOT_GUARANTEED}`
  }
  if (hello.msg === 'isdbgrid')
    return `MongoDB is a sharded cluster (mongos), on which Payload writes without transactions. ${NOT_GUARANTEED}`
  return `MongoDB is a standalone server, not a replica set: writes are not in transactions. ${NOT_GUARANTEED}`
}

/** Logs one warning when writes on this MongoDB are not in transactions. */
export function warnWithoutTransactions(
  hello: HelloReply,
  replicaSetOption: string | undefined,
  logger: { warn: (message: string) => void },
): void {
  const warning = missingTransactions(hello, replicaSetOption)
  if (warning) logger.warn(warning)
}

/** mongooseAdapter's afterOpenConnection: asks the server what it is, once per start. */
export async function checkTransactions(adapter: MongooseAdapter): Promise<void> {
  const hello = (await adapter.connection.db?.admin().command({ hello: 1 })) as HelloReply
  warnWithoutTransactions(hello, adapter.connection.getClient().options.replicaSet, adapter.payload.logger)
}
