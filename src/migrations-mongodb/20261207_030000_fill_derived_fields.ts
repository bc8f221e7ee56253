import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { fillDerivedFields } from '../../collections/derived/fill'

// MongoDB has no schema to change: a document saved before a derived field existed lacks it, so
// this fills every field derived when MongoDB got its migrations (src/migrations/README.md).
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await fillDerivedFields(payload, {
    names: [
      'indicators.series',
      'milestone-goals.programme',
      'milestone-goals.label',
      'follow-ups.programme',
      'follow-ups.title',
      'follow-ups.commentaryRendered',
      'news.searchText',
      'news.programme',
    ],
    onlyMissing: true,
    req,
  })
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // Derived values are kept: they are what the save hooks write anyway.
}
