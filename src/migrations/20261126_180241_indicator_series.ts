import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { fillDerivedFields } from '../../collections/derived/fill'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`series\` text;`)
  await fillDerivedFields(payload, { names: ['indicators.series'], onlyMissing: true, req })
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`indicators\` DROP COLUMN \`series\`;`)
}
