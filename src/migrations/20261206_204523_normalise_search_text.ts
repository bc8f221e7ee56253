import { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { fillDerivedFields } from '../../collections/derived/fill'

/**
 * News search now compares composed text (NFC): derive every search text again, which composes
 * what was stored decomposed (text pasted from macOS often is). No schema change.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await fillDerivedFields(payload, { names: ['news.searchText'], onlyMissing: false, req })
}

export async function down(_: MigrateDownArgs): Promise<void> {
  // Composed search text is what the code before this migration stored too, when it was typed composed.
}
