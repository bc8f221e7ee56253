import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

/**
 * Payload indexes its SQLite locale tables on (_locale, _parent_id) only, and reads a document's
 * texts by _parent_id alone: without an index that starts with _parent_id, every document read
 * scans the whole locale table. This adds one to every locale table.
 */
export const indexLocaleParents: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_locales') || !('_parentID' in table)) continue
    extendTable({ table, extraConfig: (t) => ({ parentIndex: index(`${name}_parent_idx`).on(t._parentID) }) })
  }
  return schema
}
