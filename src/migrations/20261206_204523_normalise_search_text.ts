import { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { normaliseSearchTexts } from '../../collections/News/search-text'

/** News search now compares composed text (NFC): compose what was stored before. No schema change. */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await normaliseSearchTexts(payload, req)
}

export async function down(_: MigrateDownArgs): Promise<void> {
  // Composed search text is what the code before this migration stored too, when it was typed composed.
}
