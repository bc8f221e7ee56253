import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { fillDerivedFields } from '../../collections/derived/fill'

/** The series now carries each value's source, reference and time of recording: derive every series again. No schema change. */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await fillDerivedFields(payload, { names: ['indicators.series'], onlyMissing: false, req })
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The extra keys in each point are harmless to the code before this migration.
}
