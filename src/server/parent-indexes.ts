import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { index as postgresIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

type PostgresSchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

/** The locale tables of a schema, and the name of the index each gets. */
function localeTables<Table extends object>(tables: Record<string, Table>): Array<{ table: Table; name: string }> {
  return Object.entries(tables)
    .filter(([name, table]) => name.endsWith('_locales') && '_parentID' in table)
    .map(([name, table]) => ({ table, name: `${name}_parent_idx` }))
}

/**
 * Payload indexes its locale tables on (_locale, _parent_id) only, and reads a document's texts by
 * _parent_id alone: without an index that starts with _parent_id, every document read scans the
 * whole locale table, on SQLite and on PostgreSQL alike (a report's 40 indicators took 15 ms there
 * at scale 10, growing with every programme). This adds one to every locale table.
 */
export const indexLocaleParents: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const { table, name } of localeTables(schema.tables)) {
    extendTable({ table, extraConfig: (t) => ({ parentIndex: sqliteIndex(name).on(t._parentID) }) })
  }
  return schema
}

/** As indexLocaleParents, for PostgreSQL. */
export const indexPostgresLocaleParents: PostgresSchemaHook = ({ schema, extendTable }) => {
  for (const { table, name } of localeTables(schema.tables)) {
    extendTable({ table, extraConfig: (t) => ({ parentIndex: postgresIndex(name).on(t._parentID) }) })
  }
  return schema
}
